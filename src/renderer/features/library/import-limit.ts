// The largest file the app imports: core's LIMITS.fileBytes (50 MB) unless this browser profile sets
// another limit in localStorage ("evidence-workbench.maxImportBytes", a whole number of bytes), which lets
// a researcher with big reports raise it and lets the e2e tests check the refusal without a huge file.
// A file over the limit is refused by its size, before it is read or decoded (core's tooLargeError).
// (read from core's limits, not from the extractor, which is loaded only with the first import)
import { LIMITS } from '../../../core/limits';

export const MAX_IMPORT_BYTES_KEY = 'evidence-workbench.maxImportBytes';

/** The limit in force: a positive whole number from localStorage, else core's default. */
export function readMaxImportBytes(
  storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage(),
): number {
  const raw = storage?.getItem(MAX_IMPORT_BYTES_KEY);
  const value = raw ? Number(raw) : NaN;
  return Number.isInteger(value) && value > 0 ? value : LIMITS.fileBytes;
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Some private modes throw on access; the default limit applies.
    return undefined;
  }
}
