// Reads every page of an open PDF: its size, label and text content, and the text content normalised for
// core (normalisePdfTextContent), page after page with a pause between them so the page keeps painting
// while pdf.js's worker parses. Import keeps the normalised pages; the PDF reader also keeps pdf.js's own
// text content, which its text layer draws item for item.
import type { PageDrawing, PdfPageContent } from '../../core/import/pdf/pdf-content';
import { normalisePdfTextContent } from '../../core/import/pdf/normalise-text-content';
import { needsDrawingCheck } from '../../core/import/pdf/page-readability';
import {
  loadPdfjs,
  readTextContent,
  toImportError,
  type PdfDocument,
  type PdfPage,
  type PdfTextContent,
} from './open-pdf';

export type ReadPdfPage = {
  index: number;
  /** The page's size in PDF points (its viewport at scale 1). */
  width: number;
  height: number;
  /** The page's viewport transform at scale 1 (PDF space to the page's top-left space). */
  transform: number[];
  content: PdfTextContent;
  normalised: PdfPageContent;
};

/** Image and path paintings on a page, from its operator list (for pages with next to no text). */
async function countDrawing(page: PdfPage): Promise<PageDrawing> {
  const { OPS } = await loadPdfjs();
  const imageOps = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintImageMaskXObjectRepeat,
    OPS.paintSolidColorImageMask,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageMaskXObjectGroup,
  ]);
  const list = await page.getOperatorList();
  let images = 0;
  let paths = 0;
  for (const fn of list.fnArray) {
    if (imageOps.has(fn)) images += 1;
    else if (fn === OPS.constructPath) paths += 1;
  }
  return { images, paths };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `countDrawings`: judge pages with next to no text by what they paint (import does; the reader need not). */
export async function readPdfPages(
  doc: PdfDocument,
  fileName: string,
  options: { countDrawings?: boolean } = {},
): Promise<ReadPdfPage[]> {
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
      if (options.countDrawings && needsDrawingCheck(normalised.items)) {
        normalised.drawing = await countDrawing(page);
      }
      const { width, height, transform } = viewport;
      pages.push({ index, width, height, transform, content, normalised });
      page.cleanup();
    } catch (error) {
      throw toImportError(fileName, error, index);
    }
    await yieldToEventLoop();
  }
  return pages;
}
