// Turns what pdf.js reports about a PDF it cannot read into the one-line ImportError a researcher sees:
// a password is needed or was wrong (pdf.js's PasswordException codes 1 and 2), the file is damaged or
// not a PDF at all, or reading it stalled.
import { ImportError } from '../import-error';

export type PdfFailure = { name: string; message: string; code?: number; page?: number };

const NEED_PASSWORD = 1;
const INCORRECT_PASSWORD = 2;

export function describePdfFailure(fileName: string, failure: PdfFailure): ImportError {
  const file = `"${fileName}"`;
  if (failure.name === 'PasswordException') {
    return failure.code === INCORRECT_PASSWORD
      ? new ImportError(
          fileName,
          'wrong-password',
          `${file} is encrypted and the password given is not right.`,
        )
      : new ImportError(
          fileName,
          'password-required',
          `${file} is encrypted; give its password to import it.${failure.code === NEED_PASSWORD ? '' : ` (${failure.message})`}`,
        );
  }
  if (failure.name === 'Timeout') {
    return new ImportError(
      fileName,
      'corrupt',
      `${file} could not be read: reading it stalled (${failure.message}).`,
    );
  }
  if (failure.name === 'InvalidPDFException') {
    return new ImportError(
      fileName,
      'corrupt',
      `${file} is damaged or is not a PDF (${firstSentence(failure.message)}).`,
    );
  }
  const where = failure.page === undefined ? '' : ` on page ${failure.page + 1}`;
  return new ImportError(
    fileName,
    'corrupt',
    `${file} could not be read as a PDF${where}: ${firstSentence(failure.message)}. It may be damaged or incomplete.`,
  );
}

function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/\.$/, '').trim() || 'unknown error';
}
