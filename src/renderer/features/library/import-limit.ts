// The largest file the app imports: core's MAX_IMPORT_BYTES (50 MB) unless this browser profile sets
// another limit in localStorage ("evidence-workbench.maxImportBytes", a whole number of bytes), which lets
// a researcher with big reports raise it and lets the e2e tests check the refusal without a huge file.
// A file over the limit is refused by its size, before it is read or decoded.
import { MAX_IMPORT_BYTES } from '../../../core/import/extract-document';
import { ImportError } from '../../../core/import/import-error';

export const MAX_IMPORT_BYTES_KEY = 'evidence-workbench.maxImportBytes';

/** The limit in force: a positive whole number from localStorage, else core's default. */
export function readMaxImportBytes(
  storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage(),
): number {
  const raw = storage?.getItem(MAX_IMPORT_BYTES_KEY);
  const value = raw ? Number(raw) : NaN;
  return Number.isInteger(value) && value > 0 ? value : MAX_IMPORT_BYTES;
}

/** The refusal for a file over the limit; it says how big the file is and what the limit is. */
export function tooLargeError(name: string, size: number, maxBytes: number): ImportError {
  return new ImportError(
    name,
    'too-large',
    `"${name}" is ${formatSize(size)}; files over ${formatSize(maxBytes)} cannot be imported.`,
  );
}

/** Sizes as people read them: MB from 1 MB up (one decimal), else KB, else bytes. */
export function formatSize(bytes: number): string {
  const MB = 1024 * 1024;
  if (bytes >= MB) return `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Some private modes throw on access; the default limit applies.
    return undefined;
  }
}
