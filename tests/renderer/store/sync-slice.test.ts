// The team sync slice through the real store: what is configured, "Keep in sync" remembered across
// reloads, and the status line's words for every state a researcher meets.
import { describe, expect, it } from 'vitest';
import { INITIAL_STATUS, type SyncStatus } from '../../../src/core/sync/sync-status';
import { createAppStore } from '../../../src/renderer/store/app-store';
import { describeSyncLine, selectSyncTone } from '../../../src/renderer/store/slices/sync';

const target = { serverUrl: 'https://couch.example.org', database: 'inquiry', username: 'ada' };
const clock = (iso: string) => iso.slice(11, 16);
const status = (change: Partial<SyncStatus>): SyncStatus => ({ ...INITIAL_STATUS, ...change });

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('the sync slice', () => {
  it('says sync is off until a server is configured, and works without one', () => {
    const store = createAppStore();
    expect(describeSyncLine(store.getState().sync, clock)).toBe('Team sync: off');
    expect(selectSyncTone(store.getState().sync)).toBe('off');
  });

  it('describes last synced, changes waiting, live and offline', () => {
    const store = createAppStore();
    store.actions.sync.configure(target);
    const line = () => describeSyncLine(store.getState().sync, clock);
    expect(line()).toBe('Team sync: not synced yet');
    store.actions.sync.recordStatus(status({ state: 'syncing', pending: 1 }));
    expect(line()).toBe('Team sync: syncing… · 1 change waiting');
    expect(selectSyncTone(store.getState().sync)).toBe('busy');
    store.actions.sync.recordStatus(status({ state: 'live', lastSynced: '2026-11-30T16:42:07.000Z' }));
    expect(line()).toBe('Team sync: live, last synced 16:42');
    store.actions.sync.recordStatus(
      status({ state: 'live', lastSynced: '2026-11-30T16:42:07.000Z', offline: true, pending: 3 }),
    );
    expect(line()).toBe('Team sync: offline, last synced 16:42 · 3 changes waiting');
    expect(selectSyncTone(store.getState().sync)).toBe('offline');
  });

  it('names what went wrong: a wrong password, no access, a read-only member', () => {
    const store = createAppStore();
    store.actions.sync.configure(target);
    const line = () => describeSyncLine(store.getState().sync, clock);
    store.actions.sync.recordStatus(
      status({ state: 'error', error: { kind: 'unauthorized', message: 'x' } }),
    );
    expect(line()).toBe('Team sync: wrong user name or password');
    expect(selectSyncTone(store.getState().sync)).toBe('error');
    store.actions.sync.recordStatus(status({ state: 'error', error: { kind: 'forbidden', message: 'x' } }));
    expect(line()).toBe('Team sync: no access to the database');
    store.actions.sync.recordStatus(status({ state: 'error', error: { kind: 'read-only', message: 'x' } }));
    expect(line()).toBe('Team sync: read-only, can pull but not push');
  });

  it('asks for the password when the settings came back without it', () => {
    const store = createAppStore();
    store.actions.sync.configure(target, true);
    expect(describeSyncLine(store.getState().sync, clock)).toBe('Team sync: enter your password');
  });

  it('starts a new target from a fresh status, and forgets it', () => {
    const store = createAppStore();
    store.actions.sync.configure(target);
    store.actions.sync.recordStatus(status({ lastSynced: '2026-11-30T16:42:07.000Z', pending: 2 }));
    const before = store.getState();
    store.actions.sync.configure({ ...target });
    expect(store.getState()).toBe(before);
    store.actions.sync.configure({ ...target, database: 'other' });
    expect(store.getState().sync.status).toEqual(INITIAL_STATUS);
    store.actions.sync.configure(null);
    expect(store.getState().sync.target).toBeNull();
  });

  it('remembers "Keep in sync" across reloads, and nothing of the settings', () => {
    const storage = memoryStorage();
    const first = createAppStore(storage);
    first.actions.sync.configure(target);
    first.actions.sync.setKeepInSync(true);
    const second = createAppStore(storage);
    expect(second.getState().sync.keepInSync).toBe(true);
    expect(second.getState().sync.target).toBeNull();
    second.actions.sync.setKeepInSync(false);
    expect(createAppStore(storage).getState().sync.keepInSync).toBe(false);
  });
});

describe('another window syncing', () => {
  it('says another window of the library is syncing it', () => {
    const store = createAppStore();
    store.actions.sync.configure(target);
    store.actions.sync.recordOtherWindow(true);
    expect(describeSyncLine(store.getState().sync, clock)).toBe(
      'Team sync: another window of this library is syncing it',
    );
    store.actions.sync.recordOtherWindow(false);
    expect(describeSyncLine(store.getState().sync, clock)).toBe('Team sync: not synced yet');
  });
});
