#!/usr/bin/env node
// Peak memory of the CLI reading big Word documents, as whole processes: generated DOCX files whose
// document.xml holds 8 MB, 11.5 MB (just under the 12 MB budget) and 95 MB of XML (over it: refused before
// parsing) are each run through `node bin/evidence.mjs extract FILE`, and the peak resident set size is
// read from /proc (VmHWM) of the child. Target: every accepted file under 1 GB; the refusal immediate.
//
//   node scripts/bench-docx-memory.mjs
import { spawn } from 'node:child_process';
import { setInterval, clearInterval } from 'node:timers';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function makeDocx(megabytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1024 * 1024; i += 1) {
    const p = `<w:p><w:r><w:t xml:space="preserve">Paragraph ${i}: the council spent £${i}.5m on services in 2019, as the report says.</w:t></w:r></w:p>`;
    parts.push(p);
    size += p.length;
  }
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${parts.join('')}</w:body></w:document>`;
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(xml),
    },
    { level: 6 },
  );
}

/** Runs the command, sampling the child's peak RSS (VmHWM) until it ends. */
function measure(file) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(root, 'bin/evidence.mjs'), 'extract', file], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const sample = () => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peak = Math.max(peak, Number(hwm[1]));
      } catch {
        // the process has ended
      }
    };
    const timer = setInterval(sample, 20);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ code, peakMb: peak / 1024, seconds: (Date.now() - started) / 1000, stderr: stderr.trim() });
    });
  });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-docx-'));
try {
  console.log('XML in document.xml | DOCX size | exit | peak RSS | time | result');
  for (const mb of [8, 11.5, 95]) {
    const bytes = makeDocx(mb);
    const file = path.join(dir, `report-${mb}mb.docx`);
    writeFileSync(file, bytes);
    const run = await measure(file);
    const result = run.code === 0 ? 'read' : run.stderr.split('\n')[0].slice(0, 90);
    console.log(
      `${mb} MB | ${(bytes.length / 1024 / 1024).toFixed(1)} MB | ${run.code} | ${run.peakMb.toFixed(0)} MB | ${run.seconds.toFixed(1)} s | ${result}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
