// The one error importing throws for a file the app cannot take. Its message is written for the
// researcher (it names the file and says what is wrong), so the UI and the CLI show it as it is.

export type ImportErrorReason = 'unsupported' | 'empty' | 'too-large' | 'binary';

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
