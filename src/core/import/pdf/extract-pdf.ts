// Builds a PDF source's extracted document from the text items a host's PDF reader returns: each page is
// judged (assessPage), pages whose text cannot be trusted are read by the host's OCR when the mode asks
// for it (their words become the page's items), then the text and page map come from assemblePdfText, the
// title by chooseTitle (the document's Title unless it is junk, else the first lines of text), and the
// author from the document information dictionary. Notes say what could not be read and what OCR read.
// The layout (the pages' items, OCR'd ones included, and where each landed in the text) is kept for callers
// that place areas of a page on the text, such as a REFI-QDA project's coded PDF areas.
import type { CslMetadata } from '../../model/records';
import { ImportError } from '../import-error';
import { chooseTitle } from '../choose-title';
import { readFirstLines } from '../plain-text';
import { assemblePdfText, type AssembledPdfText } from './assemble-pdf-text';
import { ocrPageContent } from './ocr-items';
import { assessPage, wantsOcr, type PageReading } from './page-readability';
import {
  PDF_EXTRACTOR_VERSION,
  type OcrMode,
  type OcrProgress,
  type PdfDocumentContent,
  type PdfPageContent,
  type PdfPageOcr,
  type PdfTextSource,
} from './pdf-content';
import {
  countPlaceholdersByPage,
  describeOcrPages,
  describePlaceholders,
  describeUnread,
} from './pdf-import-notes';
import type { ExtractedDocument, ImportFile } from '../extract-document';

export type PdfOcrOptions = {
  /** Default 'on': pages judged scanned or unmapped are read by OCR. */
  mode?: OcrMode;
  /** The host's OCR; without it pages that need OCR are reported, not read. */
  readPages?: PdfPageOcr;
  onProgress?: (progress: OcrProgress) => void;
  password?: string;
};

export type PdfLayout = { content: PdfDocumentContent; assembled: AssembledPdfText };

export async function extractPdf(
  file: ImportFile,
  loadPdf: PdfTextSource | undefined,
  ocr: PdfOcrOptions = {},
): Promise<ExtractedDocument> {
  return (await extractPdfWithLayout(file, loadPdf, ocr)).document;
}

/** extractPdf, with the page items and their places in the text. */
export async function extractPdfWithLayout(
  file: ImportFile,
  loadPdf: PdfTextSource | undefined,
  ocr: PdfOcrOptions = {},
): Promise<{ document: ExtractedDocument; layout: PdfLayout }> {
  if (!loadPdf) {
    throw new ImportError(
      file.name,
      'unsupported',
      `"${file.name}" cannot be imported here: PDF reading is not available.`,
    );
  }
  const content = await loadPdf(file.bytes, file.name);
  const mode = ocr.mode ?? 'on';
  const readings = content.pages.map((page) => assessPage(page));
  const wanted = content.pages.filter((_, i) => wantsOcr(readings[i]!, mode));
  let pages = content.pages;
  const notes: string[] = [];
  if (wanted.length > 0 && ocr.readPages) {
    pages = await readByOcr(file.bytes, content.pages, wanted, ocr);
  } else {
    const unread = content.pages
      .map((page, i) => ({ label: page.label, reading: readings[i]! }))
      .filter((u) => wantsOcr(u.reading, 'on'));
    const note = describeUnread(file.name, unread, mode === 'off' ? 'off' : 'unavailable');
    if (note) notes.push(note);
  }
  const assembled = assemblePdfText(pages);
  const { text, pages: spans } = assembled;
  if (!text.trim()) {
    const hint =
      mode === 'off'
        ? 'turn OCR on to read scanned pages'
        : 'it may be scanned images that OCR could not read';
    throw new ImportError(file.name, 'empty', `"${file.name}" has no text to import (${hint}).`);
  }
  for (const note of [
    describeOcrPages(file.name, spans),
    describePlaceholders(file.name, countPlaceholdersByPage(text, spans)),
  ]) {
    if (note) notes.push(note);
  }
  const { info } = content;
  const title = chooseTitle([info.title], readFirstLines(text, false), file.name);
  const metadata: CslMetadata = { type: 'report', title };
  if (info.author) metadata.author = [{ literal: info.author }];
  // No published date: a PDF's CreationDate is when the file was written (often by a print driver or a
  // converter, years after publication), not when the work was published.
  const ocrPages = pages.filter((page) => page.ocr);
  const document: ExtractedDocument = {
    format: 'pdf',
    title,
    text,
    metadata,
    pages: spans,
    extractorVersion: PDF_EXTRACTOR_VERSION,
    ...(notes.length ? { notes } : {}),
    ...(ocrPages.length ? { ocrPages } : {}),
  };
  return { document, layout: { content: { ...content, pages }, assembled } };
}

async function readByOcr(
  bytes: Uint8Array,
  pages: readonly PdfPageContent[],
  wanted: readonly PdfPageContent[],
  ocr: PdfOcrOptions,
): Promise<PdfPageContent[]> {
  const results = await ocr.readPages!(
    bytes,
    wanted.map((page) => page.index),
    {
      ...(ocr.onProgress ? { onProgress: ocr.onProgress } : {}),
      ...(ocr.password === undefined ? {} : { password: ocr.password }),
    },
  );
  const byIndex = new Map(results.map((result) => [result.index, result]));
  return pages.map((page) => {
    const result = byIndex.get(page.index);
    return result ? ocrPageContent(page, result) : page;
  });
}

export type { PageReading };
