// Times stamped on records. Merging picks the newer version by `updatedAt`, so a change must always carry a
// time strictly later than the version it replaces, even when two changes land in the same millisecond.

export function nowIso(): string {
  return new Date().toISOString();
}

/** `now`, or one millisecond after `previous` when the clock has not moved past it. */
export function nextTimestamp(previous: string, now: string = nowIso()): string {
  const prev = Date.parse(previous);
  const next = Date.parse(now);
  if (Number.isNaN(prev) || next > prev) return now;
  return new Date(prev + 1).toISOString();
}
