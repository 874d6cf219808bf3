// Sync when things go wrong, against a real pouchdb-server: the server killed in the middle of a push of
// 5,000 claims and restarted on its LevelDB files (after resuming, every claim is there once); a client
// offline for a day of edits catches up; live sync with a wrong password stops and says so instead of
// trying again and again; live sync carries an edit to another client, and resumes by itself when the
// server comes back.
import { afterEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import type { Claim, Library } from '../../../src/core/model/records';
import { connectRemote } from '../../../src/core/sync/connect-remote';
import type { PouchLike } from '../../../src/core/sync/pouch-types';
import type { SyncStatus } from '../../../src/core/sync/sync-status';
import { openNodePouch } from '../../../src/node-shared/node-pouch';
import { createDatabase, startTestServer, type TestServer } from '../../support/pouchdb-server';
import {
  makeClaim,
  makeCorpusSource,
  FIRST_DOC,
  makeLibrary,
  makeResearcher,
} from '../exchange/library-builders';
import { libraryText, makeClient, type Client } from './sync-helpers';

let server: TestServer | undefined;
const sessions: Client[] = [];
afterEach(async () => {
  for (const client of sessions.splice(0)) await client.session.stop();
  await server?.dispose();
  server = undefined;
});

const remoteOf = (s: TestServer): PouchLike =>
  connectRemote(openNodePouch, { serverUrl: s.url, database: 'team' });
const client = (remote: PouchLike, library: Library, options = {}) => {
  const made = makeClient(remote, library, options);
  sessions.push(made);
  return made;
};

function libraryWithClaims(count: number): Library {
  const source = makeCorpusSource(FIRST_DOC);
  const base = makeClaim(source, '£11.22m');
  const claims: Claim[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = (i * 37) % (source.text.length - 20);
    claims.push({
      ...base,
      id: `claim-${i}`,
      target: { source: source.id, selector: describeRange(source.text, start, start + 12) },
    });
  }
  return { researchers: [makeResearcher()], tags: [], sources: [source], claims, briefings: [] };
}

async function docCount(s: TestServer): Promise<number> {
  try {
    const res = await s.request('GET', '/team');
    return res.ok ? ((await res.json()) as { doc_count: number }).doc_count : 0;
  } catch {
    return 0;
  }
}

/** Waits for a state, polling; generous, since the machine running the tests may be busy. */
const until = async (what: string, check: () => boolean | Promise<boolean>, ms = 60_000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe('sync faults (pouchdb-server)', () => {
  it('resumes a push of 5,000 claims cut by a server crash, each claim there once', async () => {
    server = await startTestServer({ persistent: true });
    await createDatabase(server, 'team');
    const library = libraryWithClaims(5000);
    const writer = client(remoteOf(server), library, { batchSize: 250 });
    const running = writer.session.syncNow();
    const s = server;
    await until('1,000 documents on the server', async () => (await docCount(s)) >= 1000);
    await s.stop({ hard: true });
    const cut = await running;
    expect(cut.offline).toBe(true);
    expect(cut.error).toBeNull();
    expect(cut.pending).toBeGreaterThan(0);
    await s.restart();
    const partial = await docCount(s);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(5002);
    const resumed = await writer.session.syncNow();
    expect(resumed).toMatchObject({ offline: false, error: null, pending: 0 });

    const rows = (await (
      await s.request('GET', '/team/_all_docs?include_docs=true&conflicts=true')
    ).json()) as { rows: { id: string; doc: { _conflicts?: string[] } }[] };
    const claimIds = rows.rows.filter((r) => r.id.startsWith('claim:')).map((r) => r.id);
    expect(claimIds).toHaveLength(5000);
    expect(new Set(claimIds).size).toBe(5000);
    expect(rows.rows.filter((r) => r.doc._conflicts)).toEqual([]);
    const reader = client(remoteOf(s), { ...library, claims: [], sources: [] });
    expect((await reader.session.syncNow()).error).toBeNull();
    expect(libraryText(reader.library.snapshot())).toBe(libraryText(library));
  }, 180_000);

  it('lets a client offline for a day of edits catch up when the server is back', async () => {
    server = await startTestServer({ persistent: true });
    await createDatabase(server, 'team');
    const start = makeLibrary();
    const a = client(remoteOf(server), start);
    const b = client(remoteOf(server), start);
    await a.session.syncNow();
    await b.session.syncNow();
    await server.stop();
    const claim = start.claims[0]!;
    const day: Claim[] = [];
    for (let hour = 0; hour < 8; hour += 1) {
      day.push({
        ...claim,
        id: `offline-${hour}`,
        note: `hour ${hour}`,
        updatedAt: `2024-06-0${2}T${10 + hour}:00:00.000Z`,
      });
    }
    b.library.edit({ claims: [...day, { ...claim, deleted: true, updatedAt: '2024-06-02T18:00:00.000Z' }] });
    const offline = await b.session.syncNow();
    expect(offline).toMatchObject({ offline: true, error: null, pending: 9 });
    await server.restart();
    expect(await b.session.syncNow()).toMatchObject({ offline: false, error: null, pending: 0 });
    await a.session.syncNow();
    expect(libraryText(a.library.snapshot())).toBe(libraryText(b.library.snapshot()));
    expect(a.library.snapshot().claims.find((c) => c.id === claim.id)?.deleted).toBe(true);
  }, 60_000);

  it('stops live sync on a wrong password, says why, and sends no more requests', async () => {
    server = await startTestServer({ admin: true });
    await createDatabase(server, 'team');
    let requests = 0;
    const countingFetch = (url: string, init: unknown) => {
      requests += 1;
      return fetch(url, init as RequestInit);
    };
    const remote = openNodePouch(`${server.url}/team`, {
      skip_setup: true,
      auth: { username: 'admin', password: 'wrong' },
      fetch: countingFetch,
    } as Parameters<typeof openNodePouch>[1]);
    const statuses: SyncStatus[] = [];
    const c = client(remote, makeLibrary(), {
      onStatus: (s: SyncStatus) => statuses.push(s),
      retryDelaysMs: [10],
    });
    c.session.startLive();
    await until('the error state', () => c.session.status().state === 'error');
    expect(c.session.status().error).toMatchObject({
      kind: 'unauthorized',
      message: expect.stringMatching(/401/),
    });
    // A request already under way may still finish; after that, nothing more goes out.
    await new Promise((r) => setTimeout(r, 300));
    const after = requests;
    await new Promise((r) => setTimeout(r, 700));
    expect(requests).toBe(after);
    expect(requests).toBeLessThan(10);
  }, 30_000);

  it('carries an edit to another client live, and resumes by itself after the server was gone', async () => {
    server = await startTestServer({ persistent: true });
    await createDatabase(server, 'team');
    const start = makeLibrary();
    const a = client(remoteOf(server), start, { retryDelaysMs: [100] });
    const b = client(remoteOf(server), start, { retryDelaysMs: [100] });
    a.session.startLive();
    b.session.startLive();
    const claim = start.claims[0]!;
    a.library.edit({ claims: [{ ...claim, note: 'live edit', updatedAt: '2024-06-02T10:00:00.000Z' }] });
    await until('the live edit at b', () => b.library.snapshot().claims[0]!.note === 'live edit');

    await server.stop();
    a.library.edit({ claims: [{ ...claim, note: 'while away', updatedAt: '2024-06-02T11:00:00.000Z' }] });
    await until('a offline', () => a.session.status().offline);
    await server.restart();
    await until('the edit made while away at b', () => b.library.snapshot().claims[0]!.note === 'while away');
    await until('a up to date', () => a.session.status().pending === 0 && !a.session.status().offline);
  }, 200_000);
});
