// A Vite plugin that ships OCR with the app under fixed names (tesseract/): tesseract.js's worker script,
// the engine builds (WebAssembly inlined in JavaScript; the worker picks the one the browser's SIMD
// support allows, LSTM only) and the English language data (the "best_int" model, gzipped), so OCR works
// offline and nothing is fetched from anywhere but the app itself.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { staticAssetsPlugin } from './static-assets-plugin.ts';

/** Where the files are served, relative to index.html. */
export const TESSERACT_ASSET_DIR = 'tesseract';

const CORE_FILES = [
  'tesseract-core-relaxedsimd-lstm.wasm.js',
  'tesseract-core-simd-lstm.wasm.js',
  'tesseract-core-lstm.wasm.js',
];

function listAssets(): { fileName: string; path: string }[] {
  const require = createRequire(import.meta.url);
  const root = (name: string) => dirname(require.resolve(`${name}/package.json`));
  return [
    { fileName: 'worker.min.js', path: join(root('tesseract.js'), 'dist/worker.min.js') },
    ...CORE_FILES.map((file) => ({ fileName: file, path: join(root('tesseract.js-core'), file) })),
    {
      fileName: 'eng.traineddata.gz',
      path: join(root('@tesseract.js-data/eng'), '4.0.0_best_int/eng.traineddata.gz'),
    },
  ].map((asset) => ({ ...asset, fileName: `${TESSERACT_ASSET_DIR}/${asset.fileName}` }));
}

export function tesseractAssetsPlugin(): Plugin {
  return staticAssetsPlugin('evidence-tesseract-assets', listAssets);
}
