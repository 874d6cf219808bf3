// What extractDocument needs on the main thread, in one place: PDF text comes from a loader made for each
// file (with the password of an encrypted one), pdf.js in its own worker by default. Every other format is
// read off the main thread in the extraction worker (extract-worker.ts, linkedom and mammoth, as in the
// CLI); the DOMParser and lazily loaded mammoth here serve only callers that extract inline.
import { createMammothConverter, type DocxConverter } from '../../../core/import/docx/docx-converter';
import type { DomParser, PdfTextSource } from '../../../core/import/extract-document';
import { createPdfTextLoader } from '../../pdf/load-pdf-text';
import { loadOnce } from '../../services/load-once';
import type { PdfOcrOptions } from '../../../core/import/pdf/extract-pdf';

/** extractDocument's dependencies (the second argument). */
export type ExtractDeps = {
  parseHtml: DomParser;
  maxBytes?: number;
  convertDocx?: DocxConverter;
  loadPdf?: PdfTextSource;
  ocr?: PdfOcrOptions;
};

/** Makes a PDF loader for one file; `password` is set when the user gave one for an encrypted PDF. */
export type PdfLoaderFactory = (options: { password?: string }) => PdfTextSource;

export const parseHtmlInert: DomParser = (html) => new DOMParser().parseFromString(html, 'text/html');

// A failed chunk load (e.g. the app was updated underneath) is retried on the next DOCX.
const mammothPart = loadOnce(() =>
  import('mammoth').then((module) => createMammothConverter(module.default)),
);

/** Converts a DOCX with mammoth, fetching mammoth's chunk the first time. */
export const convertDocxLazily: DocxConverter = async (bytes) => (await mammothPart.load())(bytes);

export function createBrowserExtractDeps(options: {
  maxBytes: number;
  password?: string;
  createPdfLoader?: PdfLoaderFactory;
  /** How a PDF's unreadable pages are read (the OCR setting and the app's OCR). */
  ocr?: PdfOcrOptions;
}): ExtractDeps {
  const deps: ExtractDeps = {
    parseHtml: parseHtmlInert,
    maxBytes: options.maxBytes,
    convertDocx: convertDocxLazily,
  };
  // pdf.js in its worker (src/renderer/pdf) unless a caller brings its own loader.
  const createPdfLoader = options.createPdfLoader ?? createPdfTextLoader;
  deps.loadPdf = createPdfLoader(options.password === undefined ? {} : { password: options.password });
  if (options.ocr) {
    deps.ocr = options.password === undefined ? options.ocr : { ...options.ocr, password: options.password };
  }
  return deps;
}
