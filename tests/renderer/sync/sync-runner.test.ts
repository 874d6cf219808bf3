// Two app libraries (Dexie on fake-indexeddb, written through the app's own storage functions) syncing
// through one team database (a PouchDB in memory standing for the server) with the app's runner: a source
// and a claim saved in one arrive in the other, a delete travels as a tombstone, "Keep in sync" carries a
// change without "Sync now", and a server that is gone leaves the change waiting until it is back.
import { describe, expect, it } from 'vitest';
import type { PouchFactory, PouchLike } from '../../../src/core/sync/pouch-types';
import type { SyncStatus } from '../../../src/core/sync/sync-status';
import type { LockManagerLike } from '../../../src/renderer/features/sync/hold-lock';
import { createSyncRunner } from '../../../src/renderer/features/sync/sync-runner';
import { deleteClaim, getClaim, listClaims } from '../../../src/renderer/storage/claims';
import type { Store } from '../../../src/renderer/storage/database';
import { getOriginal, keepOriginal } from '../../../src/renderer/storage/originals';
import { listSources } from '../../../src/renderer/storage/sources';
import { openMemoryPouch } from '../../../src/node-shared/node-pouch';
import { freshStore, importWithQuote } from '../storage/storage-kit';

const settings = {
  serverUrl: 'http://127.0.0.1:5984',
  database: 'inquiry',
  username: 'ada',
  password: 'pw',
};

/** PouchDB for the runner: local databases in memory, and the one team database for the server's address. */
function pouchFor(team: { db: PouchLike; reachable: boolean }): () => Promise<PouchFactory> {
  return async () => (name) => {
    if (!name.startsWith('http')) return openMemoryPouch(name.replace(/[^a-z0-9-]/g, '-'));
    // The runner closes what it opened; the team database outlives one client.
    return new Proxy(team.db, {
      get(target, key, receiver) {
        if (key === 'close') return async () => undefined;
        if (
          !team.reachable &&
          (key === 'replicate' || key === 'changes' || key === 'bulkDocs' || key === 'get')
        )
          throw Object.assign(new TypeError('Failed to fetch'), { status: undefined });
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  };
}

/** Web Locks as a browser grants them: one holder per name, the next waiting in line. */
function lockManager(): LockManagerLike {
  const queues = new Map<string, Promise<unknown>>();
  return {
    request(name, callback) {
      const previous = queues.get(name) ?? Promise.resolve();
      const mine = previous.then(() => callback());
      queues.set(name, mine);
      return mine;
    },
  };
}

function client(
  team: { db: PouchLike; reachable: boolean },
  options: { store?: Store; locks?: LockManagerLike } = {},
) {
  const store = options.store ?? freshStore().store;
  const statuses: SyncStatus[] = [];
  const waiting: boolean[] = [];
  const runner = createSyncRunner({
    store,
    loadPouch: pouchFor(team),
    onStatus: (s) => statuses.push(s),
    onWaiting: (w) => waiting.push(w),
    ...(options.locks ? { locks: options.locks } : {}),
  });
  return { store, runner, last: () => statuses.at(-1), waiting: () => waiting.at(-1) };
}

const addClaim = (store: Store, note: string) => importWithQuote(store, { note });

describe('the app syncing through a team database', () => {
  it('carries sources, claims and deletions from one library to another', async () => {
    const team = { db: openMemoryPouch('team'), reachable: true };
    const a = client(team);
    const b = client(team);
    const claim = await addClaim(a.store, 'Saved in A.');
    await a.runner.applySettings(settings, false);
    await a.runner.syncNow();
    expect(a.last()).toMatchObject({ state: 'idle', pending: 0, error: null, offline: false });
    expect(a.last()?.lastSynced).not.toBeNull();

    await b.runner.applySettings(settings, false);
    await b.runner.syncNow();
    expect((await listSources(b.store)).map((s) => s.title)).toEqual(
      (await listSources(a.store)).map((s) => s.title),
    );
    expect((await getClaim(b.store, claim.id))?.note).toBe('Saved in A.');

    await deleteClaim(b.store, claim.id, { researcherId: claim.createdBy });
    await b.runner.syncNow();
    await a.runner.syncNow();
    expect(await getClaim(a.store, claim.id)).toBeUndefined();
    // Kept as a tombstone, so a merge with an older copy still sees the deletion.
    expect((await a.store.db.claims.get(claim.id))?.deleted).toBe(true);
    await Promise.all([a.runner.stop(), b.runner.stop()]);
  });

  it('keeps in sync without "Sync now"', async () => {
    const team = { db: openMemoryPouch('team'), reachable: true };
    const a = client(team);
    const b = client(team);
    await a.runner.applySettings(settings, true);
    await b.runner.applySettings(settings, true);
    const claim = await addClaim(a.store, 'Live from A.');
    await expect
      .poll(async () => (await getClaim(b.store, claim.id))?.note, { timeout: 10_000 })
      .toBe('Live from A.');
    await Promise.all([a.runner.stop(), b.runner.stop()]);
  });

  it('keeps a change waiting while the server is gone, and sends it when it is back', async () => {
    const team = { db: openMemoryPouch('team'), reachable: false };
    const a = client(team);
    const claim = await addClaim(a.store, 'Written offline.');
    await a.runner.applySettings(settings, false);
    await a.runner.syncNow();
    expect(a.last()).toMatchObject({ offline: true, error: null });
    expect(a.last()?.pending).toBeGreaterThan(0);

    team.reachable = true;
    await a.runner.syncNow();
    expect(a.last()).toMatchObject({ offline: false, pending: 0 });
    const b = client(team);
    await b.runner.applySettings(settings, false);
    await b.runner.syncNow();
    expect((await listClaims(b.store)).map((c) => c.id)).toContain(claim.id);
  });

  it('runs nothing with no settings or no password', async () => {
    const team = { db: openMemoryPouch('team'), reachable: true };
    const a = client(team);
    await addClaim(a.store, 'Local only.');
    await a.runner.applySettings(null, true);
    await a.runner.syncNow();
    await a.runner.applySettings({ ...settings, password: '' }, true);
    await a.runner.syncNow();
    expect(a.last()).toBeUndefined();
    expect((await team.db.changes({ since: 0, include_docs: true, style: 'all_docs' })).results).toEqual([]);
  });

  it('lets one window of a library sync it, and the next take over when it closes', async () => {
    const team = { db: openMemoryPouch('team'), reachable: true };
    const locks = lockManager();
    const first = client(team, { locks });
    const second = client(team, { locks, store: first.store });
    await first.runner.applySettings(settings, true);
    await second.runner.applySettings(settings, true);
    expect(first.waiting()).toBe(false);
    expect(second.waiting()).toBe(true);
    const claim = await addClaim(first.store, 'One window syncs.');
    const elsewhere = client(team);
    await elsewhere.runner.applySettings(settings, true);
    await expect
      .poll(async () => (await getClaim(elsewhere.store, claim.id))?.note, { timeout: 10_000 })
      .toBe('One window syncs.');
    expect(second.last()).toBeUndefined();

    await first.runner.stop();
    await expect.poll(() => second.waiting()).toBe(false);
    await expect.poll(() => second.last()?.state, { timeout: 10_000 }).toBe('live');
    await Promise.all([second.runner.stop(), elsewhere.runner.stop()]);
  });

  it("sends a source's original with the library, and another machine fetches it only when asked", async () => {
    const team = { db: openMemoryPouch('team'), reachable: true };
    const a = client(team);
    const b = client(team);
    const claim = await addClaim(a.store, 'With its original.');
    const bytes = new TextEncoder().encode('%PDF-1.7 stand-in bytes');
    await keepOriginal(a.store, claim.sourceId, bytes);
    await a.runner.applySettings(settings, false);
    await a.runner.syncNow();
    await b.runner.applySettings(settings, false);
    await b.runner.syncNow();
    expect(await getOriginal(b.store, claim.sourceId)).toBeNull();
    expect(await b.runner.fetchOriginal(claim.sourceId)).toEqual(bytes);
    expect(await b.runner.fetchOriginal('no-such-source')).toBeUndefined();
  });
});
