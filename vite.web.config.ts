// Builds the renderer as a plain web page (the whole app, storage and PDF rendering included) and serves it
// for the browser and the e2e tests.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin, syncServerPreviewPlugin, webPagePolicy } from './build/csp-plugin.ts';
import { pdfjsAssetsPlugin } from './build/pdfjs-assets-plugin.ts';
import { tesseractAssetsPlugin } from './build/tesseract-assets-plugin.ts';

const port = Number(process.env['PORT'] ?? 4173);
/** The team sync server the page may reach (its origin only), if any; see build/csp-plugin.ts. */
const syncServer = process.env['EVIDENCE_SYNC_SERVER'] || undefined;

export default defineConfig({
  root: resolve('src/renderer'),
  base: './',
  plugins: [
    react(),
    cspPlugin(webPagePolicy(syncServer)),
    syncServerPreviewPlugin(syncServer),
    pdfjsAssetsPlugin(),
    tesseractAssetsPlugin(),
  ],
  // The app is loaded from disk or loopback, never over a network, so chunk size matters little; pdf.js's
  // worker alone is 1.3 MB. The heavy readers (pdf.js, mammoth) are split out and loaded on first use.
  build: { outDir: resolve('out/web'), emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  preview: { host: '127.0.0.1', port, strictPort: true },
  server: { host: '127.0.0.1', port, strictPort: true },
});
