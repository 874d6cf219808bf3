// A failed write to the browser's storage, in the researcher's words. When the disk (or the browser's
// share of it) is full, IndexedDB says QuotaExceededError, which Dexie may wrap; that is said plainly,
// with what to do, rather than as an error name. Anything else keeps its own message.
export function describeStorageError(error: unknown): string {
  if (isQuotaExceeded(error)) {
    return 'the disk is full (the browser has no room left for the library); free some space, then try again';
  }
  return error instanceof Error ? error.message : String(error);
}

function isQuotaExceeded(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth += 1) {
    const { name, inner } = e as { name?: string; inner?: unknown };
    if (name === 'QuotaExceededError') return true;
    e = inner;
  }
  return false;
}
