// Reads every page of an open PDF: its size, label and text content, and the text content normalised for
// core (normalisePdfTextContent), page after page with a pause between them so the page keeps painting
// while pdf.js's worker parses. Import keeps the normalised pages; the PDF reader also keeps pdf.js's own
// text content, which its text layer draws item for item.
import type { PdfPageContent } from '../../core/import/pdf/pdf-content';
import { normalisePdfTextContent } from '../../core/import/pdf/normalise-text-content';
import { readTextContent, toImportError, type PdfDocument, type PdfTextContent } from './open-pdf';

export type ReadPdfPage = {
  index: number;
  /** The page's size in PDF points (its viewport at scale 1). */
  width: number;
  height: number;
  content: PdfTextContent;
  normalised: PdfPageContent;
};

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function readPdfPages(doc: PdfDocument, fileName: string): Promise<ReadPdfPage[]> {
  const labels = await doc.getPageLabels().catch(() => null);
  const pages: ReadPdfPage[] = [];
  for (let index = 0; index < doc.numPages; index += 1) {
    try {
      const page = await doc.getPage(index + 1);
      const content = await readTextContent(page);
      const viewport = page.getViewport({ scale: 1 });
      const normalised = normalisePdfTextContent({
        index,
        label: labels?.[index] ?? null,
        viewport: { width: viewport.width, height: viewport.height, transform: viewport.transform },
        items: content.items,
      });
      pages.push({ index, width: viewport.width, height: viewport.height, content, normalised });
      page.cleanup();
    } catch (error) {
      throw toImportError(fileName, error, index);
    }
    await yieldToEventLoop();
  }
  return pages;
}
