#!/usr/bin/env node
// Peak memory of the CLI reading big Word documents, as whole processes: generated DOCX files whose
// document.xml holds 8 MB, 11.5 MB (just under the 12 MB budget) and 95 MB of XML (over it: refused before
// parsing) are each run through `node bin/evidence.mjs extract FILE`, and the peak resident set size is
// read from /proc (VmHWM) of the child. Target: every accepted file under 1 GB; the refusal immediate.
//
//   node scripts/bench-docx-memory.mjs
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDocx } from './make-big-files.mjs';
import { measurePeakRss } from './measure-peak-rss.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-docx-'));
try {
  console.log('XML in document.xml | DOCX size | exit | peak RSS | time | result');
  for (const mb of [8, 11.5, 95]) {
    const bytes = makeDocx(mb);
    const file = path.join(dir, `report-${mb}mb.docx`);
    writeFileSync(file, bytes);
    const run = await measurePeakRss(process.execPath, [
      path.join(root, 'bin/evidence.mjs'),
      'extract',
      file,
    ]);
    const result = run.code === 0 ? 'read' : run.stderr.split('\n')[0].slice(0, 90);
    console.log(
      `${mb} MB | ${(bytes.length / 1024 / 1024).toFixed(1)} MB | ${run.code} | ${run.peakMb.toFixed(0)} MB | ${run.seconds.toFixed(1)} s | ${result}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
