// Builds a PDF source's extracted document from the text items a host's PDF reader returns: the text and
// page map from assemblePdfText, the title by chooseTitle (the document's Title unless it is junk, else the
// first lines of text), and the author from the document information dictionary. The layout (the items
// and where each landed in the text) is kept for callers that place areas of a page on the text, such as
// a REFI-QDA project's coded PDF areas.
import type { CslMetadata } from '../../model/records';
import { ImportError } from '../import-error';
import { chooseTitle } from '../choose-title';
import { readFirstLines } from '../plain-text';
import { assemblePdfText, type AssembledPdfText } from './assemble-pdf-text';
import { PDF_EXTRACTOR_VERSION, type PdfDocumentContent, type PdfTextSource } from './pdf-content';
import type { ExtractedDocument, ImportFile } from '../extract-document';

export type PdfLayout = { content: PdfDocumentContent; assembled: AssembledPdfText };

export async function extractPdf(
  file: ImportFile,
  loadPdf: PdfTextSource | undefined,
): Promise<ExtractedDocument> {
  return (await extractPdfWithLayout(file, loadPdf)).document;
}

/** extractPdf, with the page items and their places in the text. */
export async function extractPdfWithLayout(
  file: ImportFile,
  loadPdf: PdfTextSource | undefined,
): Promise<{ document: ExtractedDocument; layout: PdfLayout }> {
  if (!loadPdf) {
    throw new ImportError(
      file.name,
      'unsupported',
      `"${file.name}" cannot be imported here: PDF reading is not available.`,
    );
  }
  const content = await loadPdf(file.bytes, file.name);
  const assembled = assemblePdfText(content.pages);
  const { text, pages } = assembled;
  if (!text.trim()) {
    throw new ImportError(
      file.name,
      'empty',
      `"${file.name}" has no text to import (it may be scanned images; run it through OCR first).`,
    );
  }
  const { info } = content;
  const title = chooseTitle([info.title], readFirstLines(text, false), file.name);
  const metadata: CslMetadata = { type: 'report', title };
  if (info.author) metadata.author = [{ literal: info.author }];
  // No published date: a PDF's CreationDate is when the file was written (often by a print driver or a
  // converter, years after publication), not when the work was published.
  return {
    document: { format: 'pdf', title, text, metadata, pages, extractorVersion: PDF_EXTRACTOR_VERSION },
    layout: { content, assembled },
  };
}
