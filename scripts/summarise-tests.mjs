// Prints one closing line, `N passed, N failed`, totalling every vitest run in a log, because CI reads
// that line and vitest's own summary is in another form. CI shows only the log's tail, where the last
// run's file list would hide an earlier run's failures, so the failed tests are named just above it.
import { readFileSync } from 'node:fs';

// Built from the escape character so the pattern holds no control character literally.
const ansiColour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const log = readFileSync(process.argv[2] ?? 0, 'utf8').replace(ansiColour, '');
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = new Map();
const lines = log.split('\n');
for (const [i, line] of lines.entries()) {
  // vitest names each failed test once more in its closing section as " FAIL  file > suite > test",
  // with the error's first line below it.
  const fail = /^\s*FAIL\s+(\S.*\S)\s*$/.exec(line);
  if (fail) failures.set(fail[1], (lines[i + 1] ?? '').trim().slice(0, 240));
  const m = /^\s*Tests\s+(.*)$/.exec(line);
  if (!m) continue;
  passed += Number(/(\d+) passed/.exec(m[1])?.[1] ?? 0);
  failed += Number(/(\d+) failed/.exec(m[1])?.[1] ?? 0);
  skipped += Number(/(\d+) skipped/.exec(m[1])?.[1] ?? 0);
}
for (const [name, error] of failures) console.log(`failed: ${name}\n  ${error}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
