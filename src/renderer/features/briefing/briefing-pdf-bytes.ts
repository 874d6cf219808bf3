// The PDF export's one entry point in the app: the desktop host prints the briefing's HTML export with
// Chromium (so the PDF looks exactly like the HTML); the browser build writes it with core's pdf-lib
// writer, loaded on first use so pdf-lib and the fonts stay out of the start-up bundle. The HTML writer is
// passed in, so this module does not decide how the HTML looks.
import type { BriefingDocument } from '../../../core/briefing/document/briefing-document';
import type { Platform } from '../../../core/model/platform';

export async function briefingPdfBytes(
  doc: BriefingDocument,
  platform: Pick<Platform, 'printPdf'>,
  renderHtml: (doc: BriefingDocument) => string,
): Promise<Uint8Array> {
  if (platform.printPdf) return platform.printPdf(renderHtml(doc));
  const { writeBriefingPdfInBrowser } = await import('./write-briefing-pdf-web');
  return writeBriefingPdfInBrowser(doc);
}
