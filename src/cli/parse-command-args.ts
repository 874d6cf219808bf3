// node:util parseArgs with the CLI's conventions: unknown options and missing values become one-line
// usage errors (exit 2) that point at the command's help, and required options are checked here.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-context';

type Options = NonNullable<ParseArgsConfig['options']>;
export type ParsedArgs = { values: Record<string, string | boolean | undefined>; positionals: string[] };

export function parseCommandArgs(command: string, args: string[], options: Options): ParsedArgs {
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message.split(/\.\s|\n/)[0]! : String(error);
    throw new CliError(`${message.replace(/\.$/, '')}; run \`evidence help ${command}\``);
  }
}

export function requireString(command: string, parsed: ParsedArgs, name: string): string {
  const value = parsed.values[name];
  if (typeof value !== 'string' || value === '') {
    throw new CliError(`${command} needs --${name}; run \`evidence help ${command}\``);
  }
  return value;
}
