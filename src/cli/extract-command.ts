// `evidence extract FILE [--json] [--password P]`: prints the text the app would store for FILE, with its
// title, format, citation metadata and page map (--json), using the same core extractor as import. PDFs
// are read by pdf.js in worker threads (pdf/load-pdf); an encrypted PDF needs --password.
import { CliError, type CliContext } from './cli-context';
import { extractFile, type OcrChoice } from './extract-file';
import { countPlaceholders } from '../core/import/pdf/unprintable';
import { parseCommandArgs } from './parse-command-args';

export async function runExtract(args: string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs('extract', args, {
    json: { type: 'boolean' },
    password: { type: 'string', short: 'p' },
    ocr: { type: 'string' },
    'ocr-lang': { type: 'string' },
  });
  if (parsed.positionals.length !== 1) {
    throw new CliError('extract needs exactly one FILE; run `evidence help extract`');
  }
  const password = typeof parsed.values.password === 'string' ? parsed.values.password : undefined;
  const ocr: OcrChoice = {};
  if (typeof parsed.values.ocr === 'string') ocr.mode = parsed.values.ocr;
  if (typeof parsed.values['ocr-lang'] === 'string') ocr.language = parsed.values['ocr-lang'];
  const { extracted } = await extractFile(parsed.positionals[0]!, ctx, {
    ocr,
    ...(password ? { password } : {}),
  });
  const notes = extracted.notes ?? [];
  if (!parsed.values.json) {
    for (const note of notes) ctx.stderr(`${note}\n`);
    ctx.stdout(extracted.text.endsWith('\n') ? extracted.text : `${extracted.text}\n`);
    return 0;
  }
  const { title, format, metadata, text, pages = [] } = extracted;
  const output = {
    title,
    format,
    metadata,
    text,
    pages: pages.map(({ index, label, start, end, ocr: read }) => {
      const unreadable = countPlaceholders(text.slice(start, end));
      return {
        index,
        label,
        start,
        end,
        ...(read ? { ocr: { confidence: read.confidence } } : {}),
        ...(unreadable ? { unreadable } : {}),
      };
    }),
    ...(notes.length ? { notes } : {}),
  };
  ctx.stdout(`${JSON.stringify(output)}\n`);
  return 0;
}
