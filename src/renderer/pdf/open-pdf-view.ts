// Opens a stored PDF for the reader: the document (for drawing pages), every page's size, label and text
// content, and the text core assembles from them with each item's place in it. The reader uses the item
// places only when the assembled text is the source's stored text, so offsets on the page are offsets
// into what claims quote.
import { assemblePdfText, type AssembledPdfText } from '../../core/import/pdf/assemble-pdf-text';
import { openPdf, type OpenedPdf } from './open-pdf';
import { readPdfPages, type ReadPdfPage } from './read-pdf-pages';

export type PdfViewPage = ReadPdfPage & { label: string };

export type PdfView = OpenedPdf & { pages: PdfViewPage[]; assembled: AssembledPdfText };

/** `extractorVersion`: the PDF text definition the source was stored by, assembled the same way. */
export async function openPdfView(
  bytes: Uint8Array,
  fileName: string,
  password?: string,
  extractorVersion?: string,
): Promise<PdfView> {
  const opened = await openPdf(bytes, {
    fileName,
    forDisplay: true,
    ...(password === undefined ? {} : { password }),
  });
  try {
    const read = await readPdfPages(opened.doc, fileName);
    const pages = read.map((page) => ({ ...page, label: page.normalised.label }));
    return {
      ...opened,
      pages,
      assembled: assemblePdfText(
        read.map((p) => p.normalised),
        extractorVersion,
      ),
    };
  } catch (error) {
    await opened.close();
    throw error;
  }
}
