// Builds the Electron app: main process (ESM), a sandboxed preload (CommonJS, since sandboxed preloads
// cannot load ES modules) and the renderer, which is the same React app the web build serves.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './build/csp-plugin.ts';
import { DESKTOP_PAGE_POLICY } from './src/main/content-security-policy.ts';
import { pdfjsAssetsPlugin } from './build/pdfjs-assets-plugin.ts';
import { tesseractAssetsPlugin } from './build/tesseract-assets-plugin.ts';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    base: './',
    // The sync server is chosen at run time: main's header narrows this page policy to it.
    plugins: [react(), cspPlugin(DESKTOP_PAGE_POLICY), pdfjsAssetsPlugin(), tesseractAssetsPlugin()],
    build: {
      outDir: 'out/renderer',
      // Loaded from disk, never over a network (see vite.web.config.ts).
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
