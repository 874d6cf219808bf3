// The 'briefing:print-pdf' handler: the desktop app's PDF export prints the briefing's self-contained HTML
// (the same file as the HTML export) with Chromium, so the PDF looks exactly like the HTML a colleague
// opens. Electron's part (a hidden window with scripts off, in a session that loads nothing but the page
// itself, and webContents.printToPDF) is injected as `printHtml`, so this is tested with a fake printer.
import type { PrintPdfRequest } from '../core/ipc/ipc-schemas';

/** Prints a complete HTML page to PDF bytes. */
export type PrintHtml = (html: string) => Promise<Uint8Array>;
export type PrintPdfDeps = { printHtml: PrintHtml };

/** Chromium refuses URLs over 2 MiB, and the page is loaded as a data: URL. */
export const MAX_PAGE_URL_CHARS = 2 * 1024 * 1024;

/** The page as a data: URL (base64, so any character survives). */
export function htmlPageUrl(html: string): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
}

/** The print window's only allowed request is its own page: no file, no network, no other scheme. */
export function isPrintRequestAllowed(url: string): boolean {
  return url.startsWith('data:text/html;');
}

export async function printPdf(request: PrintPdfRequest, deps: PrintPdfDeps): Promise<Uint8Array> {
  if (htmlPageUrl(request.html).length > MAX_PAGE_URL_CHARS) {
    throw new Error(
      'This briefing is too long to print here; export it as HTML and print it from a browser.',
    );
  }
  const bytes = await deps.printHtml(request.html);
  const head = new TextDecoder().decode(bytes.subarray(0, 5));
  if (head !== '%PDF-') throw new Error('Printing the briefing did not produce a PDF.');
  return bytes;
}
