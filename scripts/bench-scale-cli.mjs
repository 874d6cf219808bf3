#!/usr/bin/env node
// The CLI at scale: builds the seeded libraries S and M (scripts/scale/generate-library.mjs; bundles are
// cached in the temporary folder) and times, as whole processes with their peak RSS, `evidence merge`
// of two divergent copies against the JSON floor (the same files read, parsed and written raw), and
// `evidence brief` of every claim against the floor of reading its bundle, with the brief's own stages
// (`--timings`: reading the bundle, composing, writing) so the JSON parse is seen apart from the
// briefing, then the same brief again, unchanged, reading the references the first kept in a cache
// folder of the run's own. Prints S beside M and ratios.
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
const tasks = only === undefined ? ['merge', 'brief'] : only.split(',');
for (const task of tasks) {
  if (task !== 'merge' && task !== 'brief') throw new Error(`--only takes merge or brief, not ${task}`);
}
const runs = (task) => tasks.includes(task);
const measured = runs;
const cli = path.join(root, 'bin/evidence.mjs');
const floorScript = path.join(root, 'scripts/scale/json-floor.mjs');

async function run(label, command) {
  const result = await measurePeakRss(process.execPath, command);
  if (result.code !== 0) throw new Error(`${label} failed (exit ${result.code}): ${result.stderr}`);
  return result;
}

/** "evidence: timings: read 1.92 s, compose 0.61 s, write 0.20 s" -> { read: 1.92, compose: 0.61, write: 0.2 } */
function stagesOf(stderr) {
  const stages = {};
  for (const [, name, seconds] of stderr.matchAll(/(\w+) ([\d.]+) s/g)) stages[name] = Number(seconds);
  return stages;
}

const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const mb = (file) => `${(statSync(file).size / 1e6).toFixed(0)} MB`;

ensureCliBuilt({ rebuild: args.includes('--rebuild') });
const work = mkdtempSync(path.join(os.tmpdir(), 'evidence-scale-bench-'));
// The brief keeps formatted references in a cache folder (cli/citation-cache-file.ts): an empty one of
// this run's own, so the first brief is cold and the second reads what the first kept.
process.env.EVIDENCE_CACHE_DIR = path.join(work, 'cache');
const rows = [];
try {
  for (const size of sizes) {
    console.log(`Building ${size}, ${size}1, ${size}2 (seed ${seed}; cached after the first run)...`);
    const files = generateBundles({ names: [size, `${size}1`, `${size}2`], seed });
    const [a, b] = [files[`${size}1`], files[`${size}2`]];
    const out = path.join(work, `merged-${size}.json`);
    const skipped = { seconds: NaN, peakMb: NaN, stages: {} };
    const merge = measured('merge') ? await run('merge', [cli, 'merge', a, b, '--out', out]) : skipped;
    const mergeFloor = measured('merge')
      ? await run('merge floor', [floorScript, path.join(work, 'floor.json'), a, b])
      : skipped;
    if (!measured('brief')) {
      rows.push({
        size,
        inputs: `${mb(a)} + ${mb(b)}`,
        merge,
        mergeFloor,
        brief: skipped,
        briefFloor: skipped,
      });
      continue;
    }
    const briefArgs = [cli, 'brief', files[size], '--out', path.join(work, `brief-${size}.md`), '--timings'];
    rmSync(process.env.EVIDENCE_CACHE_DIR, { recursive: true, force: true });
    const brief = await run('brief', briefArgs);
    brief.stages = stagesOf(brief.stderr);
    const again = await run('brief again', briefArgs);
    again.stages = stagesOf(again.stderr);
    const briefFloor = await run('brief floor', [floorScript, path.join(work, 'floor.json'), files[size]]);
    rows.push({ size, inputs: `${mb(a)} + ${mb(b)}`, merge, mergeFloor, brief, again, briefFloor });
    console.log(
      `  ${size}: merge ${merge.seconds.toFixed(1)} s, brief ${brief.seconds.toFixed(1)} s, again ${again.seconds.toFixed(1)} s`,
    );
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
  ['brief ÷ read floor', (r) => ratio(r.brief.seconds, r.briefFloor.seconds), '≤ 2x'],
  [
    'brief again, references kept from the first (compose)',
    (r) => `${r.again.seconds.toFixed(1)} s (${r.again.stages.compose?.toFixed(2)} s)`,
    '≤ 1 s',
  ],
  ['brief again ÷ read floor', (r) => ratio(r.again.seconds, r.briefFloor.seconds), '≤ 2x'],
  ['brief CPU seconds (the machine is shared)', (r) => `${r.brief.cpuSeconds?.toFixed(1)} s`, ''],
  ['brief: read the bundle (JSON parse, checks)', (r) => `${r.brief.stages.read?.toFixed(2)} s`, ''],
  [
    'brief: compose + write',
    ({ brief: { stages } }) =>
      `${(stages.compose + stages.write).toFixed(2)} s (${stages.compose?.toFixed(2)} + ${stages.write?.toFixed(2)})`,
    '≤ 1 s',
  ],
  [
    'brief peak RSS (read floor)',
    (r) => `${r.brief.peakMb.toFixed(0)} MB (${r.briefFloor.peakMb.toFixed(0)} MB)`,
    '',
  ],
  ['brief RSS ÷ read floor', (r) => ratio(r.brief.peakMb, r.briefFloor.peakMb), '≤ 1.5x'],
];
const table = [...(runs('merge') ? mergeRows : []), ...(runs('brief') ? briefRows : [])];
for (const [label, cell, target] of table) console.log(line([label, ...rows.map(cell), target]));
