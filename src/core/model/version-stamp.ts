// Stamping a record for a new version. Merging keeps the version with the later `updatedAt`, so a change
// must carry a time strictly after every version it replaces, even when the clock has not moved (two edits
// in one millisecond) or went backwards; `updatedBy` names the researcher who made it. A claim also records
// when and by whom it was first made. Every time stamped stays inside what a bundle accepts (years 0000 to
// 9999, written as ISO 8601 UTC): a time outside that range is refused, never written.
import { maxOf } from '../lists/append-all';

/** Who is making a change, and the time on their clock (ISO 8601). */
export type Actor = { researcherId: string; now: string };
export type VersionStamp = { updatedAt: string; updatedBy: string };
export type CreationStamp = VersionStamp & { createdAt: string; createdBy: string };

export const EARLIEST_TIMESTAMP = '0000-01-01T00:00:00.000Z';
export const LATEST_TIMESTAMP = '9999-12-31T23:59:59.999Z';
const EARLIEST_MS = Date.parse(EARLIEST_TIMESTAMP);
const LATEST_MS = Date.parse(LATEST_TIMESTAMP);

/** A time that cannot be stamped on a record (unreadable, or outside the years a bundle accepts). */
export class TimestampError extends Error {
  override readonly name = 'TimestampError';
}

function readTime(iso: string, what: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new TimestampError(`${what} "${iso}" is not a time.`);
  return ms;
}

/**
 * `now`, or one millisecond after the latest of `previous` when the clock has not moved past it; always in
 * the canonical form `YYYY-MM-DDTHH:mm:ss.sssZ`. An unreadable previous time is ignored (merge sorts it
 * first). Throws TimestampError when `now` is unreadable or outside the bundle's years, or when the
 * previous version is already stamped at the very end of them, since no later time could be written.
 */
export function nextTimestamp(now: string, ...previous: (string | undefined)[]): string {
  const clock = readTime(now, 'The clock time');
  if (clock < EARLIEST_MS || clock > LATEST_MS) {
    throw new TimestampError(
      `The clock reads ${now}, outside the times a library can record (years 0000 to 9999).`,
    );
  }
  const latest = maxOf(
    previous.map((p) => (p === undefined ? NaN : Date.parse(p))).filter((ms) => !Number.isNaN(ms)),
  );
  if (clock > latest) return new Date(clock).toISOString();
  if (latest >= LATEST_MS) {
    throw new TimestampError(
      `This record's last version is stamped ${new Date(Math.min(latest, LATEST_MS)).toISOString()} or later, ` +
        'the end of the times a library can record, so no newer version can be written.',
    );
  }
  return new Date(latest + 1).toISOString();
}

/** updatedAt and updatedBy for a version by `actor` that replaces the given versions (none: a new record). */
export function stampVersion(
  actor: Actor,
  ...previous: (Pick<VersionStamp, 'updatedAt'> | undefined)[]
): VersionStamp {
  return {
    updatedAt: nextTimestamp(actor.now, ...previous.map((p) => p?.updatedAt)),
    updatedBy: actor.researcherId,
  };
}

/**
 * The four stamps of a record that remembers its creation (a claim): a new record is created and updated
 * now by `actor`; a new version keeps its creation stamps and is updated after the current version.
 */
export function stampCreatedVersion(
  actor: Actor,
  current?: Pick<CreationStamp, 'createdAt' | 'createdBy' | 'updatedAt'>,
): CreationStamp {
  const version = stampVersion(actor, current);
  return {
    createdAt: current?.createdAt ?? version.updatedAt,
    createdBy: current?.createdBy ?? actor.researcherId,
    ...version,
  };
}
