// Ships files from node_modules with the app as they are (pdf.js's worker, fonts and maps; tesseract's
// engine and data): emitted into the build, and served by the dev server at the same paths, so the app
// never fetches them from anywhere else.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** One file to ship: where it goes in the build, and where it is read from. */
export type StaticAsset = { fileName: string; path: string };

export function staticAssetsPlugin(name: string, listAssets: () => StaticAsset[]): Plugin {
  return {
    name,
    generateBundle() {
      for (const asset of listAssets()) {
        this.emitFile({ type: 'asset', fileName: asset.fileName, source: readFileSync(asset.path) });
      }
    },
    configureServer(server) {
      const byUrl = new Map(listAssets().map((a) => [`/${a.fileName}`, a.path]));
      server.middlewares.use((req, res, next) => {
        const path = byUrl.get((req.url ?? '').split('?')[0] ?? '');
        if (!path) return next();
        res.setHeader('Content-Type', path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');
        res.end(readFileSync(path));
      });
    },
  };
}
