#!/usr/bin/env node
/* global document, window, performance, indexedDB */
// The app at scale, in Debian's Chromium: libraries S (1,000 sources, 10,000 claims) and M (10,000 and
// 100,000) from the seeded generator (scripts/scale), and H (one source with 20,000 highlights). For S and
// M: "Import database" beside the raw IndexedDB write of the same file (read, parsed, put), with the long
// tasks it causes (PerformanceObserver); reload until the library is listed and until the claims are,
// beside an empty app's load (and the longest task of each of its reloads: the page's own start);
// scrolling the claims and the library (rAF frame intervals, p50/p95); JS heap after a garbage collection;
// DOM nodes; "Generate briefing" of all claims. For H: opening the source with its 20,000 highlights beside
// the same source without claims, and scrolling the reader. Prints a table with S beside M and the targets.
//
// Scrolling is sampled once the reloaded page has settled (no long task for 1.5 s); how long that took,
// and the longest task until then, is a row of its own.
//
//   node scripts/bench-scale-app.mjs [S,M,H] [--brief-at-m] [--only=rows]   (default all three; builds the
//   web app first). --only= keeps the S/M rows named (import, floor, reload, scroll, heap, briefing), so an
//   M run holds the shared lock briefly; the import itself always runs, since every row needs its data.
//   --web-dir=DIR serves a web build made beforehand (`vite build -c vite.web.config.ts --outDir DIR` in a
//   checkout of another commit), so two versions of the app can be measured one after the other.
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { generateBundles } from './scale/generate-library.mjs';
import { recordLongTasks, sampleScrollFrames, writeRawFloor } from './scale-app/in-page.mjs';
import { launchChromium, serveWebApp } from './scale-app/web-server.mjs';
import { openedWithin, measureBriefing, measureAllClaimsBriefing } from './scale-app/page-timers.mjs';
import { describeTaskTimes, traceTasks } from './scale-app/task-cpu.mjs';

const wanted = (process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'S,M,H').split(',');
const ROWS = ['import', 'floor', 'reload', 'scroll', 'heap', 'briefing'];
const onlyArg = process.argv.find((arg) => arg.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
for (const row of only ?? [])
  if (!ROWS.includes(row)) throw new Error(`--only: no row "${row}" (${ROWS.join(', ')})`);
const want = (row) => only === null || only.has(row);
const VIEWPORT = { width: 1400, height: 900 };
const LONG = 30 * 60_000;

const quantile = (values, q) => {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
};
const ms = (n) =>
  Number.isFinite(n) ? (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n.toFixed(0)} ms`) : '–';

async function newPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(recordLongTasks);
  const page = await context.newPage();
  page.setDefaultTimeout(LONG);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

const takeLongTasks = (page) =>
  page.evaluate(() => {
    const tasks = window.__longTasks.splice(0);
    return { longest: Math.max(0, ...tasks), over100: tasks.filter((t) => t > 100).length };
  });

/** Waits until the page has had no long task for 1.5 s; how long that took, in ms. */
async function settle(page) {
  const started = Date.now();
  await page.waitForFunction(() => performance.now() - window.__lastLongTaskEnd > 1500, null, {
    polling: 250,
    timeout: LONG,
  });
  return Date.now() - started - 1500;
}

async function importBundle(page, file) {
  await page.evaluate(() => window.__longTasks.splice(0));
  const stopTrace = await traceTasks(page);
  const started = Date.now();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import database' }).click(),
  ]);
  await chooser.setFiles(file);
  const preview = page.getByRole('dialog', { name: 'Import database' });
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await page
    .getByText(/^Merged .* into the library/)
    .first()
    .waitFor();
  const ms = Date.now() - started;
  // The library lists the imported sources a moment later (the page re-reads them): its tasks count too.
  await page.locator('.source-item').first().waitFor();
  const after = await settle(page);
  const taskTimes = describeTaskTimes(await stopTrace());
  return { ms, after, taskTimes, ...(await takeLongTasks(page)) };
}

async function rawFloor(page, file) {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-floor';
    document.body.append(input);
  });
  await page.setInputFiles('#bench-floor', file);
  return page.evaluate(writeRawFloor, await page.$('#bench-floor'));
}

/** Reloads of the empty app whose longest task is taken: the page's own start, with its code cached. */
const EMPTY_RELOADS = 12;

/**
 * An empty app's load (ms), and the longest task of each of its reloads: what evaluating and first
 * rendering the page's code costs, apart from any library.
 */
async function emptyAppLoad(browser, url) {
  const { context, page } = await newPage(browser);
  await page.goto(url);
  await page.getByText('Import documents to begin').first().waitFor();
  const loaded = await page.evaluate(() => performance.now());
  const reloadTasks = [];
  for (let i = 0; i < EMPTY_RELOADS; i++) {
    await page.reload();
    await page.getByText('Import documents to begin').first().waitFor();
    await page.waitForTimeout(1000);
    reloadTasks.push((await takeLongTasks(page)).longest);
  }
  await context.close();
  return { loaded, reloadTasks };
}

async function measureLibrary(browser, url, file) {
  const { context, page, errors } = await newPage(browser);
  await page.goto(url);
  await page.getByRole('button', { name: 'Import database' }).waitFor();
  const imported = await importBundle(page, file);
  const floor = want('floor') || want('import') ? await rawFloor(page, file) : NaN;
  const stopReloadTrace = await traceTasks(page);
  await page.reload();
  await page.locator('.source-item').first().waitFor();
  const listed = await page.evaluate(() => performance.now());
  await page.locator('.claim-card').first().waitFor();
  const settled = await page.evaluate(() => performance.now());
  await page.waitForTimeout(1000);
  const reloadTasks = {
    ...(await takeLongTasks(page)),
    taskTimes: describeTaskTimes(await stopReloadTrace()),
  };
  // Scrolling is measured as scrolling: after the reload's own work (the workers' first answers) is done.
  await settle(page);
  const quietAt = await page.evaluate(() => window.__lastLongTaskEnd);
  const untilQuiet = { ms: Math.max(settled, quietAt), ...(await takeLongTasks(page)) };
  const scrolls = want('scroll');
  const claimFrames = scrolls
    ? await page.evaluate(sampleScrollFrames, { selector: '.claims .pane-scroll', step: 150, frames: 240 })
    : [];
  // A long task during a scroll (a worker's late answer landing) is told apart from the list's own cost.
  const claimScrollTasks = await takeLongTasks(page);
  const libraryFrames = scrolls
    ? await page.evaluate(sampleScrollFrames, { selector: '.library .pane-scroll', step: 120, frames: 240 })
    : [];
  const libraryScrollTasks = await takeLongTasks(page);
  const heap = want('heap') ? await heapMb(page) : NaN;
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  // At M the briefing of all claims drove the page past 10 GB: measured only when asked (--brief-at-m).
  const briefing = !want('briefing')
    ? 'not asked (--only)'
    : file.includes('/M-') && !process.argv.includes('--brief-at-m')
      ? 'skipped (run with --brief-at-m)'
      : await measureBriefing(page);
  const allClaims =
    !want('briefing') || briefing.startsWith('skipped') ? briefing : await measureAllClaimsBriefing(page);
  const allClaimsAgain =
    typeof allClaims === 'string' && !allClaims.includes('start shown') ? allClaims : await briefAgain(page);
  await context.close();
  return {
    imported,
    floor,
    listed,
    settled,
    reloadTasks,
    untilQuiet,
    claimScrollTasks,
    libraryScrollTasks,
    claimFrames,
    libraryFrames,
    heap,
    nodes,
    briefing,
    allClaims,
    allClaimsAgain,
    errors,
  };
}

/**
 * "Cover all claims" again after a reload: the references the first briefing formatted are read back from
 * the database (schema 8) instead of formatted. The worker stores them after showing the briefing, so the
 * page waits until the stored groups stop growing (on a slow machine a fixed wait reloaded mid-write,
 * and the second briefing formatted everything again).
 */
async function briefAgain(page) {
  await page.evaluate(waitForKeptGroups);
  await page.reload();
  await page.locator('.source-item').first().waitFor();
  await page.locator('.claim-card').first().waitFor();
  await settle(page);
  await measureBriefing(page);
  return measureAllClaimsBriefing(page);
}

/** In the page: until the app's stored reference groups have not grown for 3 s (at most 120 s). */
async function waitForKeptGroups() {
  const count = () =>
    new Promise((resolve) => {
      const open = indexedDB.open('evidence-workbench');
      open.onsuccess = () => {
        const db = open.result;
        try {
          const request = db.transaction('citationGroups').objectStore('citationGroups').count();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => resolve(-1);
        } catch {
          // no such table (an older build): nothing to wait for
          db.close();
          resolve(-1);
        }
      };
      open.onerror = () => resolve(-1);
    });
  const started = performance.now();
  let last = -1;
  let steadySince = performance.now();
  while (performance.now() - started < 120_000) {
    const now = await count();
    if (now !== last) {
      last = now;
      steadySince = performance.now();
    } else if (last !== 0 && performance.now() - steadySince >= 3_000) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** H without its claims: the same source, to open without highlights. */
function bareCopy(file) {
  const bare = file.replace(/\.json$/, '-bare.json');
  if (!existsSync(bare)) {
    const bundle = JSON.parse(readFileSync(file, 'utf8'));
    bundle.library.claims = [];
    writeFileSync(bare, JSON.stringify(bundle));
  }
  return bare;
}

async function measureOpen(browser, url, file, marked) {
  const { context, page, errors } = await newPage(browser);
  await page.goto(url);
  await page.getByRole('button', { name: 'Import database' }).waitFor();
  await importBundle(page, file);
  // Opened as a researcher would the next day: the app loaded afresh and settled, then the source chosen.
  await page.reload();
  await page.locator('.source-item').first().waitFor();
  await settle(page);
  await page.evaluate(() => window.__longTasks.splice(0));
  const open = await page.evaluate(openedWithin, { marked });
  const tasks = await takeLongTasks(page);
  const frames = await page.evaluate(sampleScrollFrames, {
    selector: '.reader-scroll',
    step: 200,
    frames: 240,
  });
  await context.close();
  return { open, tasks, frames, errors };
}

const bundles = generateBundles({ names: wanted, seed: 1 });
const webDirArg = process.argv.find((arg) => arg.startsWith('--web-dir='));
const { url, stop } = await serveWebApp(webDirArg?.slice('--web-dir='.length));
const browser = await launchChromium();
const results = {};
try {
  const empty = await emptyAppLoad(browser, url);
  for (const name of ['S', 'M'].filter((n) => bundles[n])) {
    console.error(`measuring ${name}…`);
    results[name] = await measureLibrary(browser, url, bundles[name]);
    // Each size's figures as soon as they are measured, so a run stopped at M still tells S.
    console.error(
      JSON.stringify({ [name]: { ...results[name], claimFrames: undefined, libraryFrames: undefined } }),
    );
  }
  if (bundles.H) {
    console.error('measuring H…');
    results.H = await measureOpen(browser, url, bundles.H, true);
    results.Hbare = await measureOpen(browser, url, bareCopy(bundles.H), false);
  }
  printTable(results, empty);
} finally {
  await browser.close();
  stop();
}

function printTable(r, empty) {
  const cell = (name, f) => (r[name] ? f(r[name]) : '–');
  const row = (label, f, target) =>
    console.log(`| ${label} | ${cell('S', f)} | ${cell('M', f)} | ${target} |`);
  const frames = (list) => `p50 ${ms(quantile(list, 0.5))} / p95 ${ms(quantile(list, 0.95))}`;
  console.log('| task | S | M | target at M |');
  console.log('|---|---|---|---|');
  row(
    '"Import database"',
    (x) =>
      Number.isFinite(x.floor)
        ? `${ms(x.imported.ms)} (${(x.imported.ms / x.floor).toFixed(1)}× floor)`
        : ms(x.imported.ms),
    '≤ 2× floor',
  );
  row('raw IndexedDB write (floor)', (x) => ms(x.floor), '—');
  row('busy after the import is reported', (x) => ms(Math.max(0, x.imported.after)), '—');
  row(
    'longest task during import',
    (x) => `${ms(x.imported.longest)} (${x.imported.over100} over 100 ms; ${x.imported.taskTimes})`,
    '≤ 100 ms',
  );
  row(
    'reload: library listed',
    (x) => `${ms(x.listed)} (${(x.listed / empty.loaded).toFixed(1)}× empty app)`,
    '≤ 1 s',
  );
  row('reload: claims listed', (x) => ms(x.settled), '—');
  row(
    'longest task during reload',
    (x) => `${ms(x.reloadTasks.longest)} (${x.reloadTasks.over100} over 100 ms; ${x.reloadTasks.taskTimes})`,
    '≤ 100 ms',
  );
  row(
    'reload: settled (no long task for 1.5 s)',
    (x) => `${ms(x.untilQuiet.ms)}, longest task after the claims listed ${ms(x.untilQuiet.longest)}`,
    '—',
  );
  const during = (tasks) => (tasks.longest > 0 ? ` (longest task ${ms(tasks.longest)})` : '');
  row('claims list scrolling', (x) => frames(x.claimFrames) + during(x.claimScrollTasks), 'p95 ≤ 20 ms');
  row('library scrolling', (x) => frames(x.libraryFrames) + during(x.libraryScrollTasks), 'p95 ≤ 20 ms');
  row('JS heap after load', (x) => (Number.isFinite(x.heap) ? `${x.heap.toFixed(0)} MB` : '–'), '≤ 300 MB');
  row('DOM nodes', (x) => x.nodes.toLocaleString('en-GB'), '—');
  row('"Generate briefing" (the latest saved briefing, as the dialog opens)', (x) => x.briefing, '—');
  row(
    'then "Cover all claims": the whole briefing of every claim (its start shown)',
    (x) => x.allClaims,
    '≤ 3 s',
  );
  row('"Cover all claims" again after a reload (references kept)', (x) => x.allClaimsAgain, '≤ 3 s');
  const longest = empty.reloadTasks;
  console.log(
    `\nempty app load: ${ms(empty.loaded)}; longest task of each of ${longest.length} reloads: ` +
      `median ${ms(quantile(longest, 0.5))}, most ${ms(Math.max(0, ...longest))}, ` +
      `${longest.filter((t) => t > 100).length} over 100 ms (target ≤ 100 ms)`,
  );
  if (r.H) {
    console.log(
      `\none source with 20,000 highlights (H): opens in ${ms(r.H.open)}, longest task ${ms(r.H.tasks.longest)}; ` +
        `without its claims ${ms(r.Hbare.open)} (${(r.H.open / r.Hbare.open).toFixed(1)}×); target ≤ 300 ms`,
    );
    console.log(
      `reader scrolling with 20,000 highlights: ${frames(r.H.frames)} (target 60 fps: p95 ≤ 20 ms)`,
    );
  }
  for (const [name, x] of Object.entries(r))
    if (x.errors.length) console.log(`${name} page errors: ${x.errors.slice(0, 3).join(' | ')}`);
}
