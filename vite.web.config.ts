// Builds the renderer as a plain web page (the whole app, storage and PDF rendering included) and serves it
// for the browser and the e2e tests.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './build/csp-plugin.ts';
import { pdfjsAssetsPlugin } from './build/pdfjs-assets-plugin.ts';

const port = Number(process.env['PORT'] ?? 4173);

export default defineConfig({
  root: resolve('src/renderer'),
  base: './',
  plugins: [react(), cspPlugin(), pdfjsAssetsPlugin()],
  build: { outDir: resolve('out/web'), emptyOutDir: true },
  preview: { host: '127.0.0.1', port, strictPort: true },
  server: { host: '127.0.0.1', port, strictPort: true },
});
