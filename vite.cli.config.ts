// Bundles the `evidence` command for Node 20: the same core as the app, with Node's own modules external.
import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies),
].map((name) => new RegExp(`^${name.replace(/[/.]/g, '\\$&')}(/.*)?$`));

export default defineConfig({
  build: {
    ssr: true,
    target: 'node20',
    outDir: resolve('out/cli'),
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      input: {
        index: resolve('src/cli/index.ts'),
        'citeproc-thread': resolve('src/cli/citeproc-thread.ts'),
      },
      external,
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
});
