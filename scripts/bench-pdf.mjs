#!/usr/bin/env node
// Times the CLI's PDF extraction against poppler's pdftotext on one long PDF, as whole processes:
// `node bin/evidence.mjs extract BIG.pdf --json > /dev/null` versus `pdftotext BIG.pdf /dev/null`, several
// runs each, and prints the medians and their ratio (target: within 4x). The PDF (260+ pages, two
// columns, tables, footnotes) is generated with pdfkit unless one is given:
//
//   node scripts/bench-pdf.mjs [--pdf FILE] [--runs N]
//
// The CLI bundle is rebuilt first when out/cli is missing or older than src/.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCliBuilt } from './ensure-cli-built.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs') ?? 5);

function ensurePdf() {
  const given = option('--pdf');
  if (given) return path.resolve(given);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'evidence-bench-')), 'long-report.pdf');
  execFileSync(
    process.execPath,
    [path.join(root, 'tests/fixtures/pdf/generate-pdf-fixtures.mjs'), '--big', file],
    {
      stdio: 'inherit',
    },
  );
  return file;
}

function time(command, commandArgs, env = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0)
    throw new Error(`${command} failed: ${result.stderr?.toString().trim() || result.error}`);
  return seconds;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

if (!existsSync('/usr/bin/pdftotext') && spawnSync('pdftotext', ['-v']).error) {
  console.error('bench-pdf: pdftotext is not installed (apt-get install -y poppler-utils)');
  process.exit(2);
}
ensureCliBuilt();
const pdf = ensurePdf();
const pages =
  /Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout ?? '')?.[1] ?? '?';
const evidence = [path.join(root, 'bin/evidence.mjs'), 'extract', pdf, '--json'];
const timings = { evidence: [], pdftotext: [] };
time(process.execPath, evidence); // warm the file cache
for (let i = 0; i < runs; i++) {
  timings.evidence.push(time(process.execPath, evidence));
  timings.pdftotext.push(time('pdftotext', [pdf, '/dev/null']));
}
const ours = median(timings.evidence);
const theirs = median(timings.pdftotext);
console.log(`PDF: ${pdf} (${pages} pages), ${runs} runs each, median wall time of the whole process`);
console.log(
  `evidence extract --json  ${ours.toFixed(2)} s   (runs: ${timings.evidence.map((t) => t.toFixed(2)).join(' ')})`,
);
console.log(
  `pdftotext                ${theirs.toFixed(2)} s   (runs: ${timings.pdftotext.map((t) => t.toFixed(2)).join(' ')})`,
);
console.log(`ratio                    ${(ours / theirs).toFixed(1)}x (target: within 4x)`);
