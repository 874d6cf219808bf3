// Loads the TrueType fonts the PDF briefing embeds (DejaVu Sans, regular and bold, from the
// `dejavu-fonts-ttf` package, a dependency) for the Node hosts: the CLI, and tests. The browser build
// fetches the same files as bundled assets (renderer/features/briefing/briefing-pdf-fonts.ts).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PdfFonts } from '../core/briefing/document/pdf/write-briefing-pdf';

const require = createRequire(import.meta.url);

export async function loadBriefingFonts(): Promise<PdfFonts> {
  const read = async (name: string) =>
    new Uint8Array(await readFile(require.resolve(`dejavu-fonts-ttf/ttf/${name}`)));
  const [regular, bold] = await Promise.all([read('DejaVuSans.ttf'), read('DejaVuSans-Bold.ttf')]);
  return { regular, bold };
}
