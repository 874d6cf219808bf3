// A Vite plugin that ships pdf.js's data files with the app, under fixed names (pdfjs/standard_fonts/,
// pdfjs/cmaps/, pdfjs/wasm/), so pdf.js loads the 14 standard fonts, CJK character maps and its JavaScript
// image-decoder fallbacks from the app itself: the app never fetches anything remote, and the browser
// reads a PDF's text exactly as the CLI does (which passes the same folders from node_modules).
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { staticAssetsPlugin } from './static-assets-plugin.ts';

/** Where the files are served, relative to index.html. */
export const PDFJS_ASSET_DIR = 'pdfjs';

const FOLDERS: { name: string; keep: (file: string) => boolean }[] = [
  { name: 'standard_fonts', keep: (file) => !file.startsWith('LICENSE') },
  { name: 'cmaps', keep: (file) => file.endsWith('.bcmap') },
  // Only the no-wasm fallbacks: the app's CSP has no 'wasm-unsafe-eval', so pdf.js runs with useWasm: false.
  { name: 'wasm', keep: (file) => file.endsWith('_nowasm_fallback.js') },
];

function pdfjsRoot(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

function listAssets(): { fileName: string; path: string }[] {
  const root = pdfjsRoot();
  return FOLDERS.flatMap(({ name, keep }) =>
    readdirSync(join(root, name))
      .filter(keep)
      .map((file) => ({ fileName: `${PDFJS_ASSET_DIR}/${name}/${file}`, path: join(root, name, file) })),
  );
}

export function pdfjsAssetsPlugin(): Plugin {
  return staticAssetsPlugin('evidence-pdfjs-assets', listAssets);
}
