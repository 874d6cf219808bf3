#!/usr/bin/env node
// Search over a large library: a generated library (seeded, so every run is the same) of 10,000 sources of
// about 5 KB each and 100,000 claims, indexed by the app's own search code (src/core/search on MiniSearch,
// bundled with Vite's build API so this measures what the app ships) and, for comparison, by FlexSearch
// over the same passages and claim fields. Prints build time, index size (serialised), heap growth, the
// time to load a saved index, and query latency p50/p95 over 200 mixed queries (words, prefixes, typos,
// two-word queries, quoted phrases, filters). A benchmark prints figures; it asserts nothing.
// usage: node scripts/bench-search.mjs [--sources 10000] [--claims 100000] [--skip-flexsearch]
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { bundleModules } from './bundle-modules.mjs';
import { createRandom } from './scale/seeded-random.mjs';

// Heap figures need a collection before each reading: run again with --expose-gc when it is missing.
if (typeof globalThis.gc !== 'function') {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=6144', ...process.argv.slice(1)],
    {
      stdio: 'inherit',
    },
  );
  process.exit(run.status ?? 1);
}

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const SOURCES = option('--sources', 10_000);
const CLAIMS = option('--claims', 100_000);
const QUERIES = 200;

// --- a seeded library -------------------------------------------------------------------------------
const random = createRandom(20261130).next;
const pick = (list) => list[Math.floor(random() * list.length)];

const DOMAIN = (
  'profit revenue turnover margin dividend council budget deficit emissions carbon housing rent tenants ' +
  'school pupils teachers hospital patients waiting staff police crime funding grant minister report ' +
  'inquiry contract supplier audit pension wages inflation energy prices transport railway station ' +
  'flood river water company shares board director chairman million billion percent quarter annual'
).split(' ');
const SYLLABLES = 'ka to re mi sa lo ne vi ra de po lu ma ti shi ber con ant ist ion al en or um'.split(' ');
// Distinct generated words of a few syllables; the domain words sit among the frequent ones (ranks
// 150–210), as "profit" would in a library about companies, below the function words at the top.
const generated = new Set();
while (generated.size < 20_000) {
  let word = '';
  const n = 1 + Math.floor(random() * 4);
  for (let i = 0; i < n; i += 1) word += pick(SYLLABLES);
  if (!DOMAIN.includes(word)) generated.add(word);
}
const vocabulary = [...generated];
vocabulary.splice(150, 0, ...DOMAIN);
// Zipf-like: a few words are everywhere, most are rare, as in real text.
const zipfWord = () => vocabulary[Math.floor(vocabulary.length ** random()) - 1] ?? vocabulary[0];

function sentence() {
  const n = 8 + Math.floor(random() * 14);
  const words = [];
  for (let i = 0; i < n; i += 1) words.push(zipfWord());
  if (random() < 0.3) words.push(`£${(random() * 100).toFixed(1)}m`);
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function sourceText() {
  const paragraphs = [];
  let size = 0;
  while (size < 5000) {
    const sentences = [];
    const n = 2 + Math.floor(random() * 5);
    for (let i = 0; i < n; i += 1) sentences.push(sentence());
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

const FORMATS = ['txt', 'pdf', 'html', 'docx', 'md'];
const TAGS = Array.from({ length: 60 }, (_, i) => ({ id: `tag-${i}`, name: `${pick(DOMAIN)} ${i}` }));

const generateStarted = performance.now();
const sources = Array.from({ length: SOURCES }, (_, i) => ({
  id: `source-${i}`,
  title: `${sentence().slice(0, 60)}`,
  format: FORMATS[i % FORMATS.length],
  text: sourceText(),
}));
const claims = Array.from({ length: CLAIMS }, (_, i) => {
  const source = sources[i % sources.length];
  const start = Math.floor(random() * (source.text.length - 200));
  const end = start + 20 + Math.floor(random() * 150);
  const tags = random() < 0.7 ? [pick(TAGS)] : [];
  return {
    id: `claim-${i}`,
    sourceId: source.id,
    start,
    end,
    quote: source.text.slice(start, end),
    statement: random() < 0.6 ? sentence() : '',
    note: random() < 0.3 ? sentence() : '',
    tagIds: tags.map((t) => t.id),
    tagNames: tags.map((t) => t.name),
  };
});
const megabytes = sources.reduce((n, s) => n + s.text.length, 0) / 1e6;
console.log(
  `library: ${SOURCES.toLocaleString('en-GB')} sources (${megabytes.toFixed(1)} MB of text), ` +
    `${CLAIMS.toLocaleString('en-GB')} claims; generated in ${((performance.now() - generateStarted) / 1000).toFixed(1)} s`,
);

// 200 mixed queries: common and rare words, prefixes, typos, two words, phrases, filtered.
function typo(word) {
  const at = 1 + Math.floor(random() * (word.length - 2));
  return `${word.slice(0, at)}${pick('aeiou'.split(''))}${word.slice(at + 1)}`;
}
// Two adjacent words of a source, at least one of them outside the 100 most frequent words: what a
// researcher quotes ("net profit", "care homes"). A phrase of two of the commonest words ("of the") is
// the worst case of a word index; it is timed separately below.
const FREQUENT = new Set(vocabulary.slice(0, 100));
const clean = (w) => w.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
function phraseFrom(frequentOnly = false) {
  for (;;) {
    const text = pick(sources).text;
    const words = text
      .slice(Math.floor(random() * (text.length - 100)))
      .split(/\s+/)
      .slice(1, 3)
      .map(clean);
    if (words.length < 2 || words.some((w) => !w)) continue;
    if (frequentOnly === words.every((w) => FREQUENT.has(w))) return `"${words.join(' ')}"`;
  }
}
const queries = Array.from({ length: QUERIES }, (_, i) => {
  switch (i % 8) {
    case 0:
      return { text: pick(DOMAIN) };
    case 1:
      return { text: vocabulary[200 + Math.floor(random() * 19_000)] };
    case 2:
      return { text: pick(DOMAIN).slice(0, 4) };
    case 3:
      return { text: typo(pick(DOMAIN.filter((w) => w.length >= 6))) };
    case 4:
      return { text: `${pick(DOMAIN)} ${pick(DOMAIN)}` };
    case 5:
      return { text: phraseFrom() };
    case 6:
      return { text: pick(DOMAIN), filters: { format: pick(FORMATS) } };
    default:
      return {
        text: `${pick(DOMAIN)} ${vocabulary[100 + Math.floor(random() * 2000)]}`,
        filters: { tagId: pick(TAGS).id },
      };
  }
});

// --- measuring ------------------------------------------------------------------------------------
const heapMb = () => {
  globalThis.gc();
  return process.memoryUsage().heapUsed / 1e6;
};
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
function percentiles(run) {
  queries.slice(0, 20).forEach(run); // warm the JIT
  const times = queries.map((q, i) => {
    const started = performance.now();
    run(q, i);
    return performance.now() - started;
  });
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { p50: at(0.5), p95: at(0.95), max: times[times.length - 1] };
}

function loadSearch() {
  return bundleModules({ search: 'scripts/bench-search-entry.ts' });
}

const rows = [];

function measureSaved(search, index) {
  const serialiseStarted = performance.now();
  const json = JSON.stringify(index.mini);
  const serialiseMs = performance.now() - serialiseStarted;
  const loadStarted = performance.now();
  const loaded = search.loadMiniSearch(json);
  const loadMs = performance.now() - loadStarted;
  return { size: json.length, serialiseMs, loadMs, documents: loaded.documentCount };
}

async function benchMiniSearch() {
  const search = await loadSearch();
  const before = heapMb();
  const started = performance.now();
  const index = search.createSearchIndex();
  let firstSlice = 0;
  sources.forEach((source, i) => {
    search.putSource(index, source);
    if (i === 99) firstSlice = performance.now() - started;
  });
  for (const claim of claims) search.putClaim(index, claim);
  const buildMs = performance.now() - started;
  const heap = heapMb() - before;
  // A saved index (MiniSearch's JSON) and loading it again, as a start-up from a stored index would;
  // in a function of its own, so neither copy stays in memory while the queries are timed.
  const { size, serialiseMs, loadMs, documents } = measureSaved(search, index);
  const counts = search.countIndexed(index);
  console.log(
    `minisearch: the first 100 sources were searchable after ${(firstSlice / 1000).toFixed(2)} s ` +
      '(the app indexes in slices of 100 sources and answers queries between them)',
  );
  console.log(
    `minisearch: ${counts.passages.toLocaleString('en-GB')} passages and ${counts.claims.toLocaleString('en-GB')} claims indexed ` +
      `(${documents.toLocaleString('en-GB')} documents after reload); serialising took ${seconds(serialiseMs)}`,
  );
  let hits = 0;
  const byKind = new Map();
  const latency = percentiles((q, i) => {
    const started = performance.now();
    const r = search.searchLibrary(index, q.text, q.filters ?? {});
    hits += r.passageCount + r.claims.length;
    if (process.env.BENCH_DETAIL)
      byKind.set(i % 8, Math.max(byKind.get(i % 8) ?? 0, performance.now() - started));
  });
  if (process.env.BENCH_DETAIL)
    console.log(
      'slowest by query kind (ms):',
      [...byKind]
        .sort()
        .map(([k, v]) => `${k}:${v.toFixed(0)}`)
        .join(' '),
    );
  rows.push({
    name: 'MiniSearch 7.2.0 (the app’s search)',
    buildMs,
    size,
    heap,
    loadMs,
    ...latency,
  });
  console.log(`minisearch: ${hits.toLocaleString('en-GB')} results over the timed and warm-up queries`);
  const worst = Array.from({ length: 10 }, () => phraseFrom(true)).map((q) => {
    const begun = performance.now();
    search.searchLibrary(index, q);
    return performance.now() - begun;
  });
  worst.sort((a, b) => a - b);
  console.log(
    `minisearch: phrases of two of the 100 commonest words (worst case, 10 queries): median ${worst[5].toFixed(0)} ms, slowest ${worst[9].toFixed(0)} ms`,
  );
  search.cleanup();
}

async function benchFlexSearch() {
  const { default: FlexSearch } = await import('flexsearch');
  const { splitPassages } = await loadSearch();
  const before = heapMb();
  const started = performance.now();
  const index = new FlexSearch.Document({
    document: { id: 'id', index: ['text', 'quote', 'statement', 'note', 'tags'] },
    tokenize: 'forward',
    encoder: FlexSearch.Charset.LatinBalance,
  });
  for (const source of sources) {
    for (const { start, end } of splitPassages(source.text)) {
      index.add({ id: `p:${source.id}:${start}`, text: source.text.slice(start, end) });
    }
  }
  for (const c of claims) {
    index.add({
      id: `c:${c.id}`,
      quote: c.quote,
      statement: c.statement,
      note: c.note,
      tags: c.tagNames.join(' '),
    });
  }
  const buildMs = performance.now() - started;
  const heap = heapMb() - before;
  let size = 0;
  const exportStarted = performance.now();
  await index.export((_key, data) => {
    size += data?.length ?? 0;
  });
  console.log(`flexsearch: exporting took ${seconds(performance.now() - exportStarted)}`);
  // Words only (FlexSearch has no phrase or filter of ours): the query text stripped of quotes.
  const latency = percentiles((q) => index.search(q.text.replaceAll('"', ''), { limit: 300, suggest: true }));
  rows.push({
    name: 'FlexSearch 0.8.212 (words only, no snippets)',
    buildMs,
    size,
    heap,
    loadMs: NaN,
    ...latency,
  });
}

await benchMiniSearch();
if (!args.includes('--skip-flexsearch')) await benchFlexSearch();

console.log(
  '\n| library | build | index size (serialised) | heap growth | load saved index | query p50 | query p95 | slowest |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${seconds(r.buildMs)} | ${(r.size / 1e6).toFixed(0)} MB | ${r.heap.toFixed(0)} MB | ` +
      `${Number.isNaN(r.loadMs) ? '—' : seconds(r.loadMs)} | ${r.p50.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${r.max.toFixed(1)} ms |`,
  );
}
console.log(
  '\ntargets: query p95 ≤ 50 ms, build ≤ 60 s (in the app it runs in a worker), start-up with the index ≤ 2 s',
);
