#!/usr/bin/env node
// Team sync through a real CouchDB-protocol server (pouchdb-server from npm, in memory, on a free
// 127.0.0.1 port): the initial sync of a library of 10,000 claims and 500 sources (about 5 KB of text
// each) to an empty client, and the time one edit takes to reach another client that keeps in sync.
// References measured in the same run: for the initial sync, PouchDB's own replication of the same
// documents to an empty database (the floor: what the protocol costs without our merge) and importing
// the same library as a bundle (parse, merge, reconcile: what sharing by file costs); for the edit,
// PouchDB's live replication of one document between two databases through the same server.
// A benchmark prints figures; it asserts nothing.
// usage: node scripts/bench-sync.mjs [--claims 10000] [--sources 500] [--edits 15]
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import PouchDB from 'pouchdb-node';
import memoryAdapter from 'pouchdb-adapter-memory';
import { bundleModules } from './bundle-modules.mjs';
import { createRandom } from './scale/seeded-random.mjs';

PouchDB.plugin(memoryAdapter);
const { fetch } = globalThis;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const CLAIMS = option('--claims', 10_000);
const SOURCES = option('--sources', 500);
const EDITS = option('--edits', 15);

const core = await bundleModules({ sync: 'scripts/bench-sync-entry.ts' });

// --- a seeded library ---------------------------------------------------------------------------------
const random = createRandom(20261130).next;
const WORDS =
  'council budget report funding grant million pupils housing rent tenants audit contract energy prices river water board annual percent quarter'.split(
    ' ',
  );
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const T0 = '2024-05-01T09:00:00.000Z';

function makeLibrary() {
  const researchers = [
    { id: 'r-alice', displayName: 'Alice', updatedAt: T0, updatedBy: 'r-alice', deleted: false },
  ];
  const sources = [];
  for (let i = 0; i < SOURCES; i += 1) {
    const words = [];
    while (words.join(' ').length < 5000) words.push(WORDS[Math.floor(random() * WORDS.length)]);
    const text = `Source ${i}. ${words.join(' ')}.`;
    sources.push({
      id: sha256(`file ${i}`),
      textHash: sha256(text),
      title: `Source ${i}`,
      format: 'txt',
      fileName: `s${i}.txt`,
      extractorVersion: 'txt/1+text/1',
      metadata: { type: 'report' },
      text,
      importedAt: T0,
      updatedAt: T0,
      updatedBy: 'r-alice',
      deleted: false,
    });
  }
  const claims = [];
  for (let i = 0; i < CLAIMS; i += 1) {
    const source = sources[i % SOURCES];
    const start = Math.floor(random() * (source.text.length - 40));
    claims.push({
      id: `claim-${i}`,
      sourceId: source.id,
      target: { source: source.id, selector: core.describeRange(source.text, start, start + 30) },
      kind: 'quote',
      fields: {},
      statement: '',
      tagIds: [],
      note: '',
      status: 'accepted',
      createdAt: T0,
      createdBy: 'r-alice',
      updatedAt: T0,
      updatedBy: 'r-alice',
      deleted: false,
    });
  }
  return { researchers, tags: [], sources, claims, briefings: [] };
}

// --- the server -----------------------------------------------------------------------------------------
const freePort = () =>
  new Promise((res) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => res(port));
    });
  });
const folder = mkdtempSync(join(tmpdir(), 'bench-sync-'));
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const server = spawn(
  process.execPath,
  [
    join(root, 'node_modules/pouchdb-server/bin/pouchdb-server'),
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--in-memory',
    '--no-stdout-logs',
  ],
  { cwd: folder, stdio: 'ignore' },
);
for (let up = false; !up;) {
  up = await fetch(`${url}/`).then(
    (r) => r.ok,
    () => false,
  );
  if (!up) await new Promise((r) => setTimeout(r, 100));
}
let dbCount = 0;
const memory = () => new PouchDB(`bench-${(dbCount += 1)}`, { adapter: 'memory' });
const remoteDb = async (name) => {
  await fetch(`${url}/${name}`, { method: 'PUT' });
  return core.connectRemote((n, o) => new PouchDB(n, o), { serverUrl: url, database: name });
};
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  const library = makeLibrary();
  console.log(
    `library: ${CLAIMS} claims, ${SOURCES} sources (${Math.round(library.sources.reduce((n, s) => n + s.text.length, 0) / 1024)} KB of text)`,
  );

  // Seed the team database through the engine, then sync it to an empty client.
  const team = await remoteDb('team');
  const writer = core.createSyncSession({
    local: memory(),
    remote: team,
    database: 'team',
    library: core.createMemoryLibrary(library),
  });
  let t = performance.now();
  const pushed = await writer.syncNow();
  const pushMs = performance.now() - t;
  if (pushed.error || pushed.offline) throw new Error(`seeding failed: ${JSON.stringify(pushed.error)}`);
  const empty = { researchers: [], tags: [], sources: [], claims: [], briefings: [] };
  const readerLibrary = core.createMemoryLibrary(empty);
  const reader = core.createSyncSession({
    local: memory(),
    remote: await remoteDb('team'),
    database: 'team',
    library: readerLibrary,
  });
  t = performance.now();
  const pulled = await reader.syncNow();
  const syncMs = performance.now() - t;
  if (readerLibrary.snapshot().claims.length !== CLAIMS)
    throw new Error(`the client got ${readerLibrary.snapshot().claims.length} claims`);
  if (pulled.error) throw new Error(pulled.error.message);

  // Reference 1: PouchDB's replication of the same documents into an empty database (no merge, no checks).
  const raw = await remoteDb('raw');
  const seed = memory();
  const docs = [];
  for (const table of ['researchers', 'sources', 'claims'])
    for (const r of library[table]) docs.push(core.recordToDoc(table, r));
  await seed.bulkDocs(docs);
  await seed.replicate.to(raw, { batch_size: 500 });
  t = performance.now();
  await memory().replicate.from(raw, { batch_size: 500 });
  const rawMs = performance.now() - t;

  // Reference 2: importing the same library as a bundle file into an empty library.
  t = performance.now();
  const parsed = core.parseBundle(core.serialiseBundle(core.createBundle(library, T0)));
  core.reconcileClaims(core.mergeLibraries(empty, parsed.bundle.library).library);
  const bundleMs = performance.now() - t;

  console.log(`initial push by the first client: ${seconds(pushMs)}`);
  console.log(`initial sync to an empty client: ${seconds(syncMs)}`);
  console.log(
    `  PouchDB replication alone, same documents: ${seconds(rawMs)} (sync is ${(syncMs / rawMs).toFixed(1)}x)`,
  );
  console.log(
    `  bundle import of the same library (parse, merge, check): ${seconds(bundleMs)} (sync is ${(syncMs / bundleMs).toFixed(1)}x)`,
  );

  // One edit to another client, both keeping in sync.
  const small = {
    ...library,
    sources: library.sources.slice(0, 5),
    claims: library.claims
      .filter((c) => library.sources.slice(0, 5).some((s) => s.id === c.sourceId))
      .slice(0, 100),
  };
  const liveA = core.createMemoryLibrary(small);
  const liveB = core.createMemoryLibrary(small);
  const a = core.createSyncSession({
    local: memory(),
    remote: await remoteDb('live'),
    database: 'live',
    library: liveA,
  });
  const b = core.createSyncSession({
    local: memory(),
    remote: await remoteDb('live'),
    database: 'live',
    library: liveB,
  });
  await a.syncNow();
  await b.syncNow();
  a.startLive();
  b.startLive();
  await new Promise((r) => setTimeout(r, 500));
  const waitFor = async (check) => {
    while (!check()) await new Promise((r) => setTimeout(r, 2));
  };
  const editTimes = [];
  const claim = small.claims[0];
  for (let i = 0; i < EDITS; i += 1) {
    const note = `edit ${i}`;
    t = performance.now();
    liveA.edit({
      claims: [{ ...claim, note, updatedAt: new Date(Date.parse(T0) + (i + 1) * 1000).toISOString() }],
    });
    await waitFor(() => liveB.snapshot().claims.find((c) => c.id === claim.id).note === note);
    editTimes.push(performance.now() - t);
  }
  await a.stop();
  await b.stop();

  // Reference: PouchDB live replication of one document between two databases through the same server.
  const edge = await remoteDb('edge');
  const [x, y] = [memory(), memory()];
  const live = [x.sync(edge, { live: true }), y.sync(edge, { live: true })];
  for (const handle of live) handle.on('error', () => undefined);
  await x.put({ _id: 'doc', n: -1 });
  const rawTimes = [];
  for (let i = 0; i < EDITS; i += 1) {
    const current = await x.get('doc');
    t = performance.now();
    await x.put({ ...current, n: i });
    for (;;) {
      const seen = await y.get('doc').catch(() => null);
      if (seen?.n === i) break;
      await new Promise((r) => setTimeout(r, 2));
    }
    rawTimes.push(performance.now() - t);
  }
  for (const handle of live) handle.cancel();
  await new Promise((r) => setTimeout(r, 300)); // let cancelled requests end before the server goes
  const editMs = median(editTimes);
  const rawEditMs = median(rawTimes);
  console.log(
    `one edit reaching another live client: median ${editMs.toFixed(0)} ms over ${EDITS} edits (max ${Math.max(...editTimes).toFixed(0)} ms)`,
  );
  console.log(
    `  PouchDB live replication of one document alone: median ${rawEditMs.toFixed(0)} ms (sync is ${(editMs / rawEditMs).toFixed(1)}x)`,
  );
} finally {
  server.kill();
  core.cleanup();
  rmSync(folder, { recursive: true, force: true });
}
