#!/usr/bin/env node
// Peak memory of the CLI reading big HTML pages, as whole processes (`node bin/evidence.mjs extract FILE`,
// peak RSS from /proc). The shapes are the costly ones for a DOM: a long table, many tiny inline
// elements, attribute-heavy paragraphs, an article-sized page just under the size where Readability is
// skipped, and deep nesting; each just under the budget in src/core/import/html/html-budget.ts, and one
// over it (refused before parsing). Target: every accepted page under 1 GB, refusals immediate.
//
//   node scripts/bench-html-memory.mjs
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HTML_SHAPES } from './make-big-files.mjs';
import { measurePeakRss } from './measure-peak-rss.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-html-'));
try {
  console.log('page | HTML size | exit | peak RSS | time | result');
  for (const [label, make] of HTML_SHAPES) {
    const html = make();
    const file = path.join(dir, 'page.html');
    writeFileSync(file, html);
    const run = await measurePeakRss(process.execPath, [
      path.join(root, 'bin/evidence.mjs'),
      'extract',
      file,
    ]);
    const result = run.code === 0 ? 'read' : run.stderr.split('\n')[0].slice(0, 90);
    console.log(
      `${label} | ${(html.length / 1024 / 1024).toFixed(1)} MB | ${run.code} | ${run.peakMb.toFixed(0)} MB | ${run.seconds.toFixed(1)} s | ${result}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
