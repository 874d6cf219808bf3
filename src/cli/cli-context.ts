// What a command receives from the outside world: output streams, environment, working directory and the
// clock. main() fills it from `process`; tests pass their own, so commands run in-process unchanged.

export type CliContext = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** ISO 8601 UTC time stamped on what the command writes. */
  now: () => string;
};

/** A failure the user can act on; main() prints it as one line and exits with `exitCode`. */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
  }
}

export function processContext(): CliContext {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date().toISOString(),
  };
}
