// Bundles TypeScript modules of the repository with Vite's build API into a temporary directory and
// imports them, so the benchmarks run with plain `node` and measure the code the app ships. Returns the
// modules' exports merged into one object, and `cleanup` to remove the directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `entries`: output name → path from the repository's root. */
export async function bundleModules(entries) {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-modules-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, join(root, file)])),
        formats: ['es'],
        fileName: (_format, name) => `${name}.mjs`,
      },
    },
  });
  const modules = {};
  for (const name of Object.keys(entries))
    Object.assign(modules, await import(pathToFileURL(join(outDir, `${name}.mjs`)).href));
  return { ...modules, cleanup: () => rmSync(outDir, { recursive: true, force: true }) };
}
