// Opens a stored PDF for the reader: the document (for drawing pages), every page's size, label and text
// content, and the text core assembles from them with each item's place in it. The reader uses the item
// places only when the assembled text is the source's stored text, so offsets on the page are offsets
// into what claims quote. Pages read by OCR at import take their words from the stored OCR items (the
// PDF itself has no usable text there): the same items core assembled, and the text layer drawn from them.
import { assemblePdfText, type AssembledPdfText } from '../../core/import/pdf/assemble-pdf-text';
import { OCR_FONT_NAME, OCR_TEXT_STYLE, toPdfJsTextItems } from '../../core/import/pdf/ocr-items';
import type { PdfPageContent } from '../../core/import/pdf/pdf-content';
import { openPdf, type OpenedPdf, type PdfTextContent } from './open-pdf';
import { readPdfPages, type ReadPdfPage } from './read-pdf-pages';

export type PdfViewPage = ReadPdfPage & { label: string; ocr?: { confidence: number } };

export type PdfView = OpenedPdf & { pages: PdfViewPage[]; assembled: AssembledPdfText };

/** A page as OCR read it: its stored items, and pdf.js text content drawing them where OCR saw them. */
function withOcr(page: ReadPdfPage, read: PdfPageContent): PdfViewPage {
  const content = {
    items: toPdfJsTextItems(read.items, page.transform),
    styles: { [OCR_FONT_NAME]: OCR_TEXT_STYLE },
    lang: null,
  } as unknown as PdfTextContent;
  const normalised: PdfPageContent = { ...read, index: page.index, label: page.normalised.label };
  return { ...page, content, normalised, label: normalised.label, ocr: read.ocr ?? { confidence: 0 } };
}

/** `extractorVersion`: the PDF text definition the source was stored by, assembled the same way. */
export async function openPdfView(
  bytes: Uint8Array,
  fileName: string,
  password?: string,
  extractorVersion?: string,
  ocrPages: readonly PdfPageContent[] = [],
): Promise<PdfView> {
  const opened = await openPdf(bytes, {
    fileName,
    forDisplay: true,
    ...(password === undefined ? {} : { password }),
  });
  try {
    const read = await readPdfPages(opened.doc, fileName);
    const byIndex = new Map(ocrPages.map((page) => [page.index, page]));
    const pages = read.map((page): PdfViewPage => {
      const ocr = byIndex.get(page.index);
      return ocr ? withOcr(page, ocr) : { ...page, label: page.normalised.label };
    });
    return {
      ...opened,
      pages,
      assembled: assemblePdfText(
        pages.map((p) => p.normalised),
        extractorVersion,
      ),
    };
  } catch (error) {
    await opened.close();
    throw error;
  }
}
