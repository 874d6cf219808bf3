#!/usr/bin/env node
// Peak memory of the app importing big files, in Debian's Chromium: the web build is served on a free
// loopback port, each generated file (the HTML shapes and DOCX files of the CLI memory benchmarks) is
// imported through "Import documents" in a fresh browser, and the peak resident set size (VmHWM) of its
// renderer process, where the page and its import worker live, is read from /proc once the import has
// ended. Target: every accepted file under 1 GB, refusals said in words. Linux only (reads /proc).
//
//   node scripts/bench-app-import-memory.mjs      (builds the web app first)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { HTML_SHAPES, makeDocx } from './make-big-files.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Peak RSS in MB of the Chromium renderer processes started by this process (the largest one). */
function peakRendererMb() {
  const parents = new Map();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parents.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone
    }
  }
  const descends = (pid) => {
    for (let at = pid; at > 1; at = parents.get(at) ?? 0) if (at === process.pid) return true;
    return false;
  };
  let peak = 0;
  for (const pid of parents.keys()) {
    if (!descends(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
    } catch {
      // gone
    }
  }
  return peak;
}

async function importInBrowser(url, file) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'Import documents' }).waitFor();
    const started = Date.now();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Import documents' }).click(),
    ]);
    await chooser.setFiles(file);
    // The library lists the new source (whatever title the page gives it).
    const imported = page.locator('.source-title');
    const refused = page.getByRole('alert', { name: 'Errors' }).filter({ hasText: /\S/ });
    await Promise.race([
      imported.first().waitFor({ timeout: 300_000 }),
      refused.first().waitFor({ timeout: 300_000 }),
    ]);
    const seconds = (Date.now() - started) / 1000;
    const result = (await imported.count()) > 0 ? 'read' : ((await refused.first().textContent()) ?? '');
    return { seconds, result: result.replace(/\s+/g, ' ').slice(0, 90), peakMb: peakRendererMb() };
  } finally {
    await browser.close();
  }
}

const build = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.web.config.ts'],
  {
    cwd: root,
    stdio: 'ignore',
  },
);
if (build.status !== 0)
  throw new Error('The web build failed: run `npx vite build -c vite.web.config.ts` to see why.');
const port = await freePort();
const server = spawn(
  process.execPath,
  [path.join(root, 'node_modules/vite/bin/vite.js'), 'preview', '-c', 'vite.web.config.ts'],
  {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  },
);
const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-app-import-'));
try {
  const url = `http://127.0.0.1:${port}/`;
  for (
    let tries = 0;
    tries < 150 &&
    !(await globalThis.fetch(url).then(
      () => true,
      () => false,
    ));
    tries++
  )
    await new Promise((r) => setTimeout(r, 200));
  const files = [
    ...HTML_SHAPES.map(([label, make]) => [label, 'page.html', make()]),
    ...[8, 11.5].map((mb) => [
      `DOCX, ${mb} MB of XML`,
      `report-${mb}mb.docx`,
      makeDocx(mb),
      `report-${mb}mb`,
    ]),
  ];
  console.log('file | size | peak renderer RSS | time | result');
  for (const [label, name, content] of files) {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    const run = await importInBrowser(url, file);
    const mb = (content.length / 1024 / 1024).toFixed(1);
    console.log(
      `${label} | ${mb} MB | ${run.peakMb.toFixed(0)} MB | ${run.seconds.toFixed(1)} s | ${run.result}`,
    );
  }
} finally {
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
