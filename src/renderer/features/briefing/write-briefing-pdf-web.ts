// The browser build's PDF export: core's pdf-lib writer with DejaVu Sans (and, for a briefing with
// Chinese or Japanese text, Droid Sans Fallback) fetched from the app's own bundled assets. Vite copies
// the TTFs and gives their URLs; they are fetched only when a PDF is written, so they cost nothing at
// start-up. The desktop app prints the HTML export through Electron instead (Platform.printPdf).
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import fallbackUrl from '../../../../resources/fonts/DroidSansFallbackFull.ttf?url';
import type { BriefingDocument } from '../../../core/briefing/document/briefing-document';
import {
  needsFallbackFont,
  writeBriefingPdf,
  type PdfFonts,
} from '../../../core/briefing/document/pdf/write-briefing-pdf';

const loaded = new Map<string, Promise<Uint8Array>>();

function fetchFont(url: string): Promise<Uint8Array> {
  let bytes = loaded.get(url);
  if (!bytes) {
    bytes = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`Could not load a font for the PDF (${response.status}).`);
      return new Uint8Array(await response.arrayBuffer());
    });
    // A failed fetch is not remembered, so the next export tries again.
    bytes.catch(() => loaded.delete(url));
    loaded.set(url, bytes);
  }
  return bytes;
}

async function loadFonts(doc: BriefingDocument): Promise<PdfFonts> {
  const [regular, bold, fallback] = await Promise.all([
    fetchFont(regularUrl),
    fetchFont(boldUrl),
    needsFallbackFont(doc) ? fetchFont(fallbackUrl) : undefined,
  ]);
  return fallback ? { regular, bold, fallback } : { regular, bold };
}

export async function writeBriefingPdfInBrowser(doc: BriefingDocument): Promise<Uint8Array> {
  return writeBriefingPdf(doc, await loadFonts(doc));
}
