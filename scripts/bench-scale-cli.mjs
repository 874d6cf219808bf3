#!/usr/bin/env node
// The CLI at scale: builds the seeded libraries S and M (scripts/scale/generate-library.mjs; bundles are
// cached in the temporary folder) and times, as whole processes with their peak RSS, `evidence merge`
// of two divergent copies against the JSON floor (the same files read, parsed and written raw), and
// `evidence brief` of every claim against the floor of reading its bundle. Prints S beside M and ratios.
//
//   node scripts/bench-scale-cli.mjs [--sizes S,M] [--seed N] [--only merge|brief]
//
// `--only merge` (or `brief`) runs and prints just that task's rows, so an M run holds the shared lock
// for as short a time as it can.
// Targets at M: merge within 2x the floor in time and 1.5x in peak RSS; the brief of all claims within
// 1 s. The PDF row is bench-pdf.mjs.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measurePeakRss } from './measure-peak-rss.mjs';
import { generateBundles } from './scale/generate-library.mjs';
import { ensureCliBuilt } from './ensure-cli-built.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = (option('--sizes') ?? 'S,M').split(',');
const seed = Number(option('--seed') ?? 1);
const only = option('--only');
if (only !== undefined && only !== 'merge' && only !== 'brief') {
  throw new Error(`--only takes merge or brief, not ${only}`);
}
const runs = (task) => only === undefined || only === task;
const cli = path.join(root, 'bin/evidence.mjs');
const floorScript = path.join(root, 'scripts/scale/json-floor.mjs');

async function run(label, command) {
  const result = await measurePeakRss(process.execPath, command);
  if (result.code !== 0) throw new Error(`${label} failed (exit ${result.code}): ${result.stderr}`);
  return result;
}

const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const mb = (file) => `${(statSync(file).size / 1e6).toFixed(0)} MB`;

ensureCliBuilt({ rebuild: args.includes('--rebuild') });
const work = mkdtempSync(path.join(os.tmpdir(), 'evidence-scale-bench-'));
const rows = [];
try {
  for (const size of sizes) {
    console.log(`Building ${size}, ${size}1, ${size}2 (seed ${seed}; cached after the first run)...`);
    const files = generateBundles({ names: [size, `${size}1`, `${size}2`], seed });
    const [a, b] = [files[`${size}1`], files[`${size}2`]];
    const out = path.join(work, `merged-${size}.json`);
    const row = { size, inputs: `${mb(a)} + ${mb(b)}` };
    if (runs('merge')) {
      row.merge = await run('merge', [cli, 'merge', a, b, '--out', out]);
      row.mergeFloor = await run('merge floor', [floorScript, path.join(work, 'floor.json'), a, b]);
      console.log(`  ${size}: merge ${row.merge.seconds.toFixed(1)} s`);
    }
    if (runs('brief')) {
      const briefOut = path.join(work, `brief-${size}.md`);
      row.brief = await run('brief', [cli, 'brief', files[size], '--out', briefOut]);
      row.briefFloor = await run('brief floor', [floorScript, path.join(work, 'floor.json'), files[size]]);
      console.log(`  ${size}: brief ${row.brief.seconds.toFixed(1)} s`);
    }
    rows.push(row);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const line = (cells) => `| ${cells.join(' | ')} |`;
console.log(`\n${line(['task', ...rows.map((r) => r.size), 'target at M'])}`);
console.log(line(['---', ...rows.map(() => '---'), '---']));
const mergeRows = [
  ['merge inputs', (r) => r.inputs, ''],
  ['merge time (floor)', (r) => `${r.merge.seconds.toFixed(1)} s (${r.mergeFloor.seconds.toFixed(1)} s)`, ''],
  ['merge time ÷ floor', (r) => ratio(r.merge.seconds, r.mergeFloor.seconds), '≤ 2x'],
  [
    'merge peak RSS (floor)',
    (r) => `${r.merge.peakMb.toFixed(0)} MB (${r.mergeFloor.peakMb.toFixed(0)} MB)`,
    '',
  ],
  ['merge RSS ÷ floor', (r) => ratio(r.merge.peakMb, r.mergeFloor.peakMb), '≤ 1.5x'],
];
const briefRows = [
  [
    'brief all claims (read floor)',
    (r) => `${r.brief.seconds.toFixed(1)} s (${r.briefFloor.seconds.toFixed(1)} s)`,
    '≤ 1 s',
  ],
  ['brief ÷ read floor', (r) => ratio(r.brief.seconds, r.briefFloor.seconds), ''],
  ['brief peak RSS', (r) => `${r.brief.peakMb.toFixed(0)} MB`, ''],
];
const table = [...(runs('merge') ? mergeRows : []), ...(runs('brief') ? briefRows : [])];
for (const [label, cell, target] of table) console.log(line([label, ...rows.map(cell), target]));
