// The browser's PdfTextSource for import: pdf.js (in its worker) reads each page's text items, with the
// password of an encrypted PDF if the user gave one, and core turns them into the source's text, exactly
// as the CLI does in Node. Unreadable files throw the same ImportErrors (password needed or wrong,
// damaged) so the import pipeline can ask for a password or report the file.
import type { PdfTextSource } from '../../core/import/pdf/pdf-content';
import { readPdfInfo } from '../../core/import/pdf/read-pdf-info';
import { openPdf } from './open-pdf';
import { readPdfPages } from './read-pdf-pages';

const INFO_KEYS = ['Title', 'Author', 'Subject', 'CreationDate'];

export function createPdfTextLoader(options: { password?: string } = {}): PdfTextSource {
  return async (bytes, fileName = 'This PDF') => {
    const { doc, close } = await openPdf(bytes, { fileName, ...options });
    try {
      const pages = await readPdfPages(doc, fileName, { countDrawings: true });
      const metadata = await doc.getMetadata().catch(() => null);
      const raw = (metadata?.info ?? {}) as Record<string, unknown>;
      const info: Record<string, unknown> = {};
      for (const key of INFO_KEYS) if (typeof raw[key] === 'string') info[key] = raw[key];
      return { pages: pages.map((p) => p.normalised), info: readPdfInfo(info) };
    } finally {
      await close();
    }
  };
}
