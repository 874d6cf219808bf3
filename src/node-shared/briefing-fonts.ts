// Loads the TrueType fonts the PDF briefing embeds, for the Node hosts (the CLI, and tests): DejaVu Sans,
// regular and bold, from the `dejavu-fonts-ttf` package (a dependency), and, only for a briefing with
// Chinese or Japanese text, Droid Sans Fallback from the repository's resources/fonts. That path is two
// folders up both from this source file and from the CLI bundle (out/cli/index.mjs). The browser build
// fetches the same files as bundled assets (renderer/features/briefing/write-briefing-pdf-web.ts).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { BriefingDocument } from '../core/briefing/document/briefing-document';
import { needsFallbackFont, type PdfFonts } from '../core/briefing/document/pdf/write-briefing-pdf';

const require = createRequire(import.meta.url);
const FALLBACK_FONT = new URL('../../resources/fonts/DroidSansFallbackFull.ttf', import.meta.url);

export async function loadBriefingFonts(doc: BriefingDocument): Promise<PdfFonts> {
  const read = async (name: string) =>
    new Uint8Array(await readFile(require.resolve(`dejavu-fonts-ttf/ttf/${name}`)));
  const [regular, bold, fallback] = await Promise.all([
    read('DejaVuSans.ttf'),
    read('DejaVuSans-Bold.ttf'),
    needsFallbackFont(doc) ? readFile(FALLBACK_FONT).then((bytes) => new Uint8Array(bytes)) : undefined,
  ]);
  return fallback ? { regular, bold, fallback } : { regular, bold };
}
