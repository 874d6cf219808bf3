// `evidence extract FILE [--json] [--password P]`: prints the text the app would store for FILE, with its
// title, format, citation metadata and page map (--json), using the same core extractor as import. PDFs
// are read by pdf.js in worker threads (pdf/load-pdf); an encrypted PDF needs --password.
import { CliError, type CliContext } from './cli-context';
import { extractFile } from './extract-file';
import { parseCommandArgs } from './parse-command-args';

export async function runExtract(args: string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs('extract', args, {
    json: { type: 'boolean' },
    password: { type: 'string', short: 'p' },
  });
  if (parsed.positionals.length !== 1) {
    throw new CliError('extract needs exactly one FILE; run `evidence help extract`');
  }
  const password = typeof parsed.values.password === 'string' ? parsed.values.password : undefined;
  const { extracted } = await extractFile(parsed.positionals[0]!, ctx, password ? { password } : {});
  if (!parsed.values.json) {
    ctx.stdout(extracted.text.endsWith('\n') ? extracted.text : `${extracted.text}\n`);
    return 0;
  }
  const { title, format, metadata, text, pages = [] } = extracted;
  const output = {
    title,
    format,
    metadata,
    text,
    pages: pages.map(({ index, label, start, end }) => ({ index, label, start, end })),
  };
  ctx.stdout(`${JSON.stringify(output)}\n`);
  return 0;
}
