// The one error importing throws for a file the app cannot take. Its message is written for the
// researcher (it names the file and says what is wrong), so the UI and the CLI show it as it is.
import { formatSize } from '../files/format-size';

export type ImportErrorReason =
  | 'unsupported'
  | 'empty'
  | 'too-large'
  | 'binary'
  /** Damaged or not what its extension says (e.g. a .docx that is not a zip). */
  | 'corrupt'
  /** Password-protected or encrypted content. */
  | 'encrypted'
  /** Refused for safety before it was opened (e.g. a zip bomb). */
  | 'unsafe'
  /** An encrypted PDF opened without its password: ask for it ("Password" field) and try again. */
  | 'password-required'
  /** An encrypted PDF opened with a wrong password: ask again. */
  | 'wrong-password';

export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    readonly fileName: string,
    readonly reason: ImportErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/** The refusal for a file over the import limit; it says how big the file is and what the limit is. */
export function tooLargeError(name: string, size: number, maxBytes: number): ImportError {
  return new ImportError(
    name,
    'too-large',
    `"${name}" is ${formatSize(size)}; files over ${formatSize(maxBytes)} cannot be imported.`,
  );
}

/** The refusal for a document whose extracted text is longer than a source's text may be. */
export function textTooLongError(name: string, length: number, maxLength: number): ImportError {
  const count = (n: number) => n.toLocaleString('en-GB');
  return new ImportError(
    name,
    'too-large',
    `"${name}" holds ${count(length)} characters of text; a source can hold at most ${count(maxLength)}, ` +
      'so it cannot be imported. Split it into smaller documents.',
  );
}
