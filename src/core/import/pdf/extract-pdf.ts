// Builds a PDF source's extracted document from the text items a host's PDF reader returns: the text and
// page map from assemblePdfText, the title by chooseTitle (the document's Title unless it is junk, else the
// first lines of text), and the author from the document information dictionary.
import type { CslMetadata } from '../../model/records';
import { ImportError } from '../import-error';
import { chooseTitle } from '../choose-title';
import { readFirstLines } from '../plain-text';
import { assemblePdfText } from './assemble-pdf-text';
import { PDF_EXTRACTOR_VERSION, type PdfTextSource } from './pdf-content';
import type { ExtractedDocument, ImportFile } from '../extract-document';

export async function extractPdf(
  file: ImportFile,
  loadPdf: PdfTextSource | undefined,
): Promise<ExtractedDocument> {
  if (!loadPdf) {
    throw new ImportError(
      file.name,
      'unsupported',
      `"${file.name}" cannot be imported here: PDF reading is not available.`,
    );
  }
  const content = await loadPdf(file.bytes, file.name);
  const { text, pages } = assemblePdfText(content.pages);
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
  return { format: 'pdf', title, text, metadata, pages, extractorVersion: PDF_EXTRACTOR_VERSION };
}
