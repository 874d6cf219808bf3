// Turns an imported file into a source's text, title and citation metadata, by its extension. Plain text
// and Markdown keep the decoded text as it is; HTML is parsed by an injected DOM parser (the browser's or
// linkedom in Node) and serialised by core's HTML text definition (html/); DOCX is unpacked safely and
// converted by an injected mammoth (docx/); PDF text items come from an injected pdf.js reader and
// are put in reading order by core (pdf/). Files the app cannot take (unknown type, empty, too large,
// binary, damaged, unsafe) throw an ImportError whose message names the file.

import { ImportError, textTooLongError, tooLargeError } from './import-error';
import { LIMITS } from '../limits';
import { chooseTitle } from './choose-title';
import { looksBinary, readFirstLines } from './plain-text';
import { extractHtml } from './html/extract-html';
import { extractDocx } from './docx/extract-docx';
import { extractPdf } from './pdf/extract-pdf';
import type { PdfPageContent, PdfTextSource } from './pdf/pdf-content';
import type { PdfOcrOptions } from './pdf/extract-pdf';
import type { DocxConverter } from './docx/docx-converter';
import type { ZipLimits } from './docx/unzip-safely';
import { decodeText } from '../text/decode-text';
import type { DomParser } from './html-like';
import type { CslMetadata, PageSpan, SourceFormat } from '../model/records';

export type { DomParser, HtmlDocumentLike, HtmlNodeLike } from './html-like';
export type { DocxConverter } from './docx/docx-converter';
export type { PdfTextSource } from './pdf/pdf-content';
export { createSource } from './create-source';

export type ExtractedDocument = {
  format: SourceFormat;
  title: string;
  text: string;
  metadata: CslMetadata;
  pages?: PageSpan[];
  /** Set by extractors outside core (PDF, DOCX); core's own formats use EXTRACTOR_VERSIONS. */
  extractorVersion?: string;
  /** What the researcher should know about this text, such as characters that could not be read. */
  notes?: string[];
  /** A PDF's pages read by OCR, as text items: the reader draws their text layer from these. */
  ocrPages?: PdfPageContent[];
};

/** The note for a text read as UTF-8 with some bytes that were not: how many places, and where. */
export function describeUnreadable(name: string, unreadable: { count: number; lines: number[] }): string {
  const places = unreadable.count === 1 ? '1 place' : `${unreadable.count} places`;
  const where = unreadable.lines.length === 1 ? 'line' : 'lines';
  const more = unreadable.count > unreadable.lines.length ? ', …' : '';
  return (
    `${places} in "${name}" could not be read as UTF-8 and show as “�” ` +
    `(${where} ${unreadable.lines.join(', ')}${more}); check them against the original.`
  );
}

export type ImportFile = { name: string; bytes: Uint8Array };

/** Largest file accepted by default (core's LIMITS.fileBytes); bigger files are refused before decoding. */
export const MAX_IMPORT_BYTES = LIMITS.fileBytes;

const FORMATS_BY_EXTENSION: Record<string, 'txt' | 'md' | 'html' | 'docx' | 'pdf'> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

type ExtractDeps = {
  parseHtml: DomParser;
  maxBytes?: number;
  convertDocx?: DocxConverter;
  zipLimits?: ZipLimits;
  /** Reads a PDF's text items (pdf.js in a worker, with the password if one was given). */
  loadPdf?: PdfTextSource;
  /** Whether and how a PDF's unreadable pages are read by OCR. */
  ocr?: PdfOcrOptions;
};

/**
 * Extracts a supported file; throws ImportError for anything the app cannot import, including a text
 * longer than a bundle can carry (a compressed DOCX or PDF can hold far more text than its file size).
 */
export async function extractDocument(file: ImportFile, deps: ExtractDeps): Promise<ExtractedDocument> {
  const found = await extractByFormat(file, deps);
  if (found.text.length > LIMITS.sourceText) {
    throw textTooLongError(file.name, found.text.length, LIMITS.sourceText);
  }
  return found;
}

async function extractByFormat(file: ImportFile, deps: ExtractDeps): Promise<ExtractedDocument> {
  const format = detectFormat(file.name);
  const maxBytes = deps.maxBytes ?? MAX_IMPORT_BYTES;
  if (file.bytes.length === 0) {
    throw new ImportError(file.name, 'empty', `"${file.name}" is empty, so there is nothing to import.`);
  }
  if (file.bytes.length > maxBytes) throw tooLargeError(file.name, file.bytes.length, maxBytes);
  if (format === 'docx') return extractDocxDocument(file, deps);
  if (format === 'pdf') return extractPdf(file, deps.loadPdf, deps.ocr);
  const { text: decoded, encoding, unreadable } = decodeText(file.bytes);
  const notes =
    unreadable && unreadable.count > 0 ? { notes: [describeUnreadable(file.name, unreadable)] } : {};
  if (format !== 'html' && looksBinary(file.bytes, decoded, encoding)) {
    throw new ImportError(
      file.name,
      'binary',
      `"${file.name}" does not look like a text file (it contains binary data). Check that it is the right file.`,
    );
  }
  if (format === 'html') {
    const found = extractHtml(file.name, decoded, deps.parseHtml);
    if (!found.text.trim()) throw noText(file.name);
    const title = chooseTitle(found.titles, readFirstLines(found.text, false), file.name);
    return { format, title, text: found.text, metadata: { ...found.metadata, title }, ...notes };
  }
  if (!decoded.trim()) throw noText(file.name);
  const title = chooseTitle([], readFirstLines(decoded, format === 'md'), file.name);
  return { format, title, text: decoded, metadata: { type: 'document', title }, ...notes };
}

async function extractDocxDocument(
  file: ImportFile,
  deps: { parseHtml: DomParser; convertDocx?: DocxConverter; zipLimits?: ZipLimits },
): Promise<ExtractedDocument> {
  if (!deps.convertDocx) {
    throw new ImportError(
      file.name,
      'unsupported',
      `"${file.name}" cannot be imported: this build cannot read Word files.`,
    );
  }
  const found = await extractDocx(file.name, file.bytes, { ...deps, convertDocx: deps.convertDocx });
  if (!found.text.trim()) throw noText(file.name);
  const title = chooseTitle(found.titles, readFirstLines(found.text, false), file.name);
  return { format: 'docx', title, text: found.text, metadata: { ...found.metadata, title } };
}

function detectFormat(name: string): 'txt' | 'md' | 'html' | 'docx' | 'pdf' {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  const format = extension ? FORMATS_BY_EXTENSION[extension] : undefined;
  if (format) return format;
  const what = extension ? `.${extension} files are` : 'files without an extension are';
  throw new ImportError(
    name,
    'unsupported',
    `"${name}" cannot be imported: ${what} not supported. Supported types: .txt, .md, .html, .htm, .docx, .pdf.`,
  );
}

function noText(name: string): ImportError {
  return new ImportError(name, 'empty', `"${name}" contains no text to import.`);
}
