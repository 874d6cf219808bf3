// Reads one file from disk and extracts it with core's importer, with every format's Node-side reader
// (linkedom for HTML, mammoth for DOCX, pdf.js worker threads for PDF), so that import, extract and
// suggest store and see exactly the text the app does. Import failures become one-line CLI errors.
import path from 'node:path';
import { extractDocument, MAX_IMPORT_BYTES, type ExtractedDocument } from '../core/import/extract-document';
import { ImportError } from '../core/import/import-error';
import { CliError, type CliContext } from './cli-context';
import { readInput } from './read-input';
import type { NodeExtractDeps } from './node-extract-deps';
import { loadPdfText } from './pdf/load-pdf';
import { createNodePdfOcr } from './pdf/ocr-pdf-pages';
import { OCR_MODES, type OcrMode } from '../core/import/pdf/pdf-content';

/** How PDF pages without readable text are read: `--ocr`, else EVIDENCE_OCR, else on. */
export type OcrChoice = { mode?: string; language?: string };

export function parseOcrMode(value: string | undefined): OcrMode {
  if (value === undefined || value === '') return 'on';
  if ((OCR_MODES as readonly string[]).includes(value)) return value as OcrMode;
  throw new CliError(`--ocr takes on, off or always (not "${value}")`);
}

/** Files whose text goes through an HTML parser: HTML itself, and DOCX, which mammoth turns into HTML. */
const NEEDS_PARSER = /\.(?:html?|docx)$/i;

// linkedom and mammoth take a few hundred milliseconds to load, so a run on text or PDF files loads neither
async function loadExtractDeps(
  name: string,
): Promise<Partial<NodeExtractDeps> & Pick<NodeExtractDeps, 'parseHtml'>> {
  if (NEEDS_PARSER.test(name)) return (await import('./node-extract-deps')).createNodeExtractDeps();
  return {
    parseHtml: () => {
      throw new Error(`"${name}" needs no HTML parser, but one was asked for`);
    },
  };
}

export type ExtractedFile = { name: string; bytes: Uint8Array; extracted: ExtractedDocument };

export async function extractFile(
  file: string,
  ctx: Pick<CliContext, 'cwd' | 'env'> & Partial<Pick<CliContext, 'stderr'>>,
  options: { password?: string; ocr?: OcrChoice } = {},
): Promise<ExtractedFile> {
  const resolved = path.resolve(ctx.cwd, file);
  const name = path.basename(resolved);
  const bytes = await readInput(resolved, MAX_IMPORT_BYTES);
  const workers = Number(ctx.env.EVIDENCE_PDF_WORKERS) || undefined;
  const { password } = options;
  const mode = parseOcrMode(options.ocr?.mode ?? ctx.env.EVIDENCE_OCR);
  const language = options.ocr?.language ?? ctx.env.EVIDENCE_OCR_LANG ?? 'eng';
  const threads = Number(ctx.env.EVIDENCE_OCR_THREADS) || undefined;
  const { stderr } = ctx;
  try {
    const extracted = await extractDocument(
      { name, bytes },
      {
        ...(await loadExtractDeps(name)),
        loadPdf: (pdf) => loadPdfText(pdf, { fileName: name, workers, ...(password ? { password } : {}) }),
        ocr: {
          mode,
          readPages: createNodePdfOcr({ language, ...(threads ? { threads } : {}) }),
          ...(password ? { password } : {}),
          ...(stderr && ctx.env.EVIDENCE_OCR_PROGRESS !== '0'
            ? { onProgress: ({ done, total }) => stderr(`${name}: OCR page ${done} of ${total}\n`) }
            : {}),
        },
      },
    );
    return { name, bytes, extracted };
  } catch (error) {
    if (error instanceof ImportError) {
      const hint = error.reason === 'password-required' ? ' Pass it with --password.' : '';
      throw new CliError(`${file}: ${error.message}${hint}`);
    }
    throw error;
  }
}
