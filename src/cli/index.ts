// The `evidence` command: dispatches to one module per subcommand and turns every failure into one line on
// stderr and an exit code (0 done, 2 bad input or usage, 1 unexpected). It never calls process.exit, so
// tests run it in-process; bin/evidence.mjs sets the exit code from what main() returns.
import './polyfills';
import { version } from '../../package.json';
import { runBrief } from './brief-command';
import { CliError, processContext, type CliContext } from './cli-context';
import { COMMAND_HELP, OVERVIEW } from './help-text';
import { runImport } from './import-command';
import { runMerge } from './merge-command';

type Command = (args: string[], ctx: CliContext) => Promise<number>;
const COMMANDS: Record<string, Command> = { import: runImport, brief: runBrief, merge: runMerge };

function showHelp(topic: string | undefined, ctx: CliContext): number {
  if (topic === undefined) {
    ctx.stdout(OVERVIEW);
    return 0;
  }
  const text = COMMAND_HELP[topic];
  if (!text) throw new CliError(`no help for "${topic}"; commands are ${Object.keys(COMMANDS).join(', ')}`);
  ctx.stdout(text);
  return 0;
}

async function run(argv: string[], ctx: CliContext): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new CliError('no command given; run `evidence --help`');
  if (first === '--help' || first === '-h') return showHelp(undefined, ctx);
  if (first === 'help') return showHelp(rest[0], ctx);
  if (first === '--version' || first === '-v') {
    ctx.stdout(`evidence ${version}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) throw new CliError(`unknown command "${first}"; run \`evidence --help\``);
  if (rest.includes('--help') || rest.includes('-h')) return showHelp(first, ctx);
  return command(rest, ctx);
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();

export async function main(argv: string[], ctx: CliContext = processContext()): Promise<number> {
  try {
    return await run(argv, ctx);
  } catch (error) {
    if (error instanceof CliError) {
      ctx.stderr(`evidence: ${oneLine(error.message)}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    ctx.stderr(`evidence: unexpected error: ${oneLine(message)}\n`);
    return 1;
  }
}
