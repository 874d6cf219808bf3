// The browser build's PDF export: core's pdf-lib writer with DejaVu Sans fetched from the app's own
// bundled assets (Vite copies the TTFs from the `dejavu-fonts-ttf` package and gives their URLs). The
// fonts are fetched only when a PDF is written, so they cost nothing at start-up. The desktop app prints
// the HTML export through Electron instead (Platform.printPdf).
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import type { BriefingDocument } from '../../../core/briefing/document/briefing-document';
import { writeBriefingPdf, type PdfFonts } from '../../../core/briefing/document/pdf/write-briefing-pdf';

let fonts: Promise<PdfFonts> | undefined;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the PDF font (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

function loadFonts(): Promise<PdfFonts> {
  fonts ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  // A failed fetch is not remembered, so the next export tries again.
  fonts.catch(() => (fonts = undefined));
  return fonts;
}

export async function writeBriefingPdfInBrowser(doc: BriefingDocument): Promise<Uint8Array> {
  return writeBriefingPdf(doc, await loadFonts());
}
