// The benchmarks time the built CLI (bin/evidence.mjs runs out/cli): build it first when it is missing or
// older than any file under src, so a benchmark never measures yesterday's code.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function ensureCliBuilt({ rebuild = false } = {}) {
  const bundle = path.join(root, 'out/cli/index.mjs');
  if (!rebuild && existsSync(bundle) && statSync(bundle).mtimeMs >= newestIn(path.join(root, 'src'))) return;
  console.log('Building the CLI (vite build -c vite.cli.config.ts)...');
  execFileSync('npx', ['vite', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'error'], {
    cwd: root,
    stdio: 'inherit',
  });
}
