// The `evidence` command: dispatches to one module per subcommand and turns every failure into one line on
// stderr and an exit code (0 done, 2 bad input or usage, 1 unexpected). It never calls process.exit, so
// tests run it in-process; bin/evidence.mjs sets the exit code from what main() returns.
import './polyfills';
import { version } from '../../package.json';
import { TimestampError } from '../core/model/version-stamp';
import { CliError, processContext, type CliContext } from './cli-context';
import { COMMAND_HELP, OVERVIEW } from './help-text';

type Command = (args: string[], ctx: CliContext) => Promise<number>;
// Each command is loaded when it runs: the readers of HTML, DOCX and PDF cost a few hundred
// milliseconds to import, which commands that never read a document should not pay.
const COMMANDS: Record<string, () => Promise<Command>> = {
  import: async () => (await import('./import-command')).runImport,
  brief: async () => (await import('./brief-command')).runBrief,
  merge: async () => (await import('./merge-command')).runMerge,
  extract: async () => (await import('./extract-command')).runExtract,
  suggest: async () => (await import('./suggest-command')).runSuggest,
  codebook: async () => (await import('./codebook-command')).runCodebook,
  search: async () => (await import('./search-command')).runSearch,
  export: async () => (await import('./export-command')).runExport,
  sync: async () => (await import('./sync-command')).runSync,
};

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
  const load = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!load) throw new CliError(`unknown command "${first}"; run \`evidence --help\``);
  if (rest.includes('--help') || rest.includes('-h')) return showHelp(first, ctx);
  const command = await load();
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
    // A clock, or a record's time, outside what a bundle can hold: nothing was written; say why.
    if (error instanceof TimestampError) {
      ctx.stderr(`evidence: ${oneLine(error.message)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    ctx.stderr(`evidence: unexpected error: ${oneLine(message)}\n`);
    return 1;
  }
}
