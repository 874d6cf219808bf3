// `npm run bench`: runs every benchmark script beside this one (scripts/bench-*.mjs) in turn, each in its
// own process so one's memory and JIT state do not colour the next, and stops at the first that fails.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => /^bench-.+\.mjs$/.test(f))
  .filter((f) => only.length === 0 || only.some((name) => f.includes(name)))
  .sort();

if (benches.length === 0) {
  console.error('bench: no benchmark matched');
  process.exit(2);
}
for (const file of benches) {
  console.log(`\n== ${file} ==`);
  const run = spawnSync(process.execPath, [join(here, file)], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
