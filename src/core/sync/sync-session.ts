// A sync session: the library, a local PouchDB database and the team's database on the server, kept in
// step once ("Sync now") or continuously ("Keep in sync"). A pass takes what arrived into the library and
// writes the library's changes into the local database; PouchDB's replication carries documents between
// the local database and the server in both directions. The session reports its status after every
// step. Network failures make it offline and, when live, it tries again after a growing wait; a refusal
// by the server (401, 403, a missing database) stops it until the researcher acts, so a wrong password is
// never sent in a loop; a server error (5xx) is shown and live sync tries again like after a network failure.
import type { LibraryPort } from './library-port';
import { fetchOriginal, isPulledDoc, pushOriginals } from './originals';
import { applyLocalChanges, createBridgeState, pushLibraryToLocal } from './local-bridge';
import type { PouchLike, Replication, ReplicationResult } from './pouch-types';
import {
  describeSyncFailure,
  INITIAL_STATUS,
  isForbiddenWrite,
  readOnlyError,
  type SyncError,
  type SyncStatus,
} from './sync-status';
import type { Refusal } from './plan-incoming';

export type SyncSessionOptions = {
  /** The local database (LevelDB or memory in Node, IndexedDB in the app); it keeps what awaits sending. */
  local: PouchLike;
  /** The team's database on the server (see connect-remote.ts), or any PouchDB database in tests. */
  remote: PouchLike;
  /** The database's name, for messages. */
  database: string;
  library: LibraryPort;
  onStatus?: (status: SyncStatus) => void;
  /** The clock (ISO time), for lastSynced and the future-stamp check. */
  now?: () => string;
  /** Waits before live sync tries the server again after a network failure; the last one repeats. */
  retryDelaysMs?: readonly number[];
  /** Documents per replication batch. */
  batchSize?: number;
};

export type SyncSession = {
  /** One full pass: pull, merge into the library, push; resolves with the status after it. */
  syncNow(): Promise<SyncStatus>;
  /** Keeps in sync until stop(): changes either side go as they happen. */
  startLive(): void;
  /** Tells a live session the library changed (when the port has no subscribe). */
  localChanged(): void;
  stop(): Promise<void>;
  status(): SyncStatus;
  /** A source's original file: from the local database, else downloaded from the server (not kept locally). */
  fetchOriginal(sourceId: string): Promise<Uint8Array | undefined>;
};

const DEFAULT_RETRY_DELAYS = [1000, 2000, 5000, 10_000, 30_000];

export function createSyncSession(options: SyncSessionOptions): SyncSession {
  const { local, remote, library, database } = options;
  const now = options.now ?? (() => new Date().toISOString());
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS;
  const batch_size = options.batchSize ?? 500;
  const state = createBridgeState();
  let status: SyncStatus = { ...INITIAL_STATUS };
  let queue: Promise<unknown> = Promise.resolve();
  let live: { pull: Replication<ReplicationResult>; push: Replication<ReplicationResult> } | null = null;
  let liveWanted = false;
  let unsubscribe: (() => void) | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let passTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let denied = 0;
  const refused = new Map<string, Refusal>();
  const originalsSent = new Set<string>();
  const pullOptions = { batch_size, filter: isPulledDoc };

  const update = (change: Partial<SyncStatus>) => {
    status = { ...status, ...change, pending: state.pending.size, refused: [...refused.values()] };
    options.onStatus?.(status);
  };
  /** Runs passes one at a time: the bridge's memory of the database is not safe to share. */
  const exclusive = <T>(step: () => Promise<T>): Promise<T> => {
    const run = queue.then(step, step);
    queue = run.catch(() => undefined);
    return run;
  };
  const bridgePass = async () => {
    const report = await applyLocalChanges(local, state, library, now());
    for (const id of report.applied) refused.delete(id);
    for (const r of report.refused) refused.set(r.docId, r);
    await pushLibraryToLocal(local, state, library);
    if (library.originals && (await pushOriginals(local, library.originals, originalsSent)) > 0) {
      state.unsent = true;
    }
  };
  const fail = (error: unknown) => {
    const described = describeSyncFailure(error, database);
    if (described) update({ state: 'error', error: described, offline: false });
    else update({ offline: true });
    return described;
  };

  async function syncOnce(): Promise<SyncStatus> {
    update({ state: 'syncing' });
    try {
      await bridgePass();
      await local.replicate.from(remote, pullOptions);
      await bridgePass();
      if (!state.unsent && state.pending.size === 0) {
        // Nothing was written here since the last push: what the local database holds came from the server.
        update({ state: liveWanted ? 'live' : 'idle', error: null, offline: false, lastSynced: now() });
        return status;
      }
      const sent = new Set(state.pending);
      state.unsent = false;
      const pushed = await local.replicate.to(remote, { batch_size });
      const refusedWrites = pushed.errors.filter(isForbiddenWrite).length;
      if (refusedWrites > 0 || pushed.doc_write_failures > 0) {
        const error: SyncError =
          refusedWrites > 0
            ? readOnlyError(refusedWrites)
            : { kind: 'server', message: `The server did not store ${pushed.doc_write_failures} change(s).` };
        update({ state: 'error', error, offline: false, lastSynced: now() });
        return status;
      }
      for (const id of sent) state.pending.delete(id);
      update({ state: liveWanted ? 'live' : 'idle', error: null, offline: false, lastSynced: now() });
    } catch (error) {
      state.unsent = true; // the push may not have finished: try it again next time
      fail(error);
      if (status.state === 'syncing') update({ state: liveWanted ? 'live' : 'idle' });
    }
    return status;
  }

  function schedulePass() {
    if (passTimer !== undefined) return;
    passTimer = setTimeout(() => {
      passTimer = undefined;
      void exclusive(bridgePass).then(
        () => update({}),
        (error: unknown) => fail(error),
      );
    }, 20);
  }

  function startReplication() {
    retryTimer = undefined;
    if (!liveWanted) return;
    const pull = local.replicate.from(remote, { ...pullOptions, live: true });
    const push = local.replicate.to(remote, { live: true, batch_size });
    live = { pull, push };
    // Failures arrive as 'error' events; the promises' rejections are the same failures, already handled.
    pull.catch(() => undefined);
    push.catch(() => undefined);
    const onError = (error: unknown) => {
      if (live?.pull !== pull) return; // an earlier replication, already replaced
      stopReplication();
      const described = fail(error);
      // Refused by the server (401, 403, 404): wait for the researcher. A server error (5xx) may pass.
      if ((described && described.kind !== 'server') || !liveWanted) return;
      const wait = delays[Math.min(attempt, delays.length - 1)] ?? 1000;
      attempt += 1;
      retryTimer = setTimeout(startReplication, wait);
    };
    pull.on('change', () => schedulePass());
    pull.on('paused', (error?: unknown) => {
      if (error) return;
      attempt = 0;
      update({ offline: false, lastSynced: now(), ...(denied === 0 ? { error: null, state: 'live' } : {}) });
    });
    push.on('change', (info: { docs?: { _id: string }[] }) => {
      for (const doc of info.docs ?? []) state.pending.delete(doc._id);
      update({});
    });
    push.on('paused', (error?: unknown) => {
      // Caught up: everything written here is on the server, whether this replication or an earlier one,
      // cut short by a failure, sent it. (Refused documents stay pending.)
      if (error || denied > 0) return;
      state.pending.clear();
      update({});
    });
    push.on('denied', () => {
      denied += 1;
      update({ state: 'error', error: readOnlyError(denied) });
    });
    pull.on('error', onError);
    push.on('error', onError);
  }

  function stopReplication() {
    if (!live) return;
    live.pull.cancel();
    live.push.cancel();
    live = null;
  }

  return {
    syncNow: () => exclusive(syncOnce),
    startLive() {
      if (liveWanted) return;
      liveWanted = true;
      denied = 0;
      attempt = 0;
      update({ state: 'live', error: null });
      unsubscribe = library.subscribe?.(() => schedulePass());
      schedulePass();
      startReplication();
    },
    localChanged: () => {
      if (liveWanted) schedulePass();
    },
    async stop() {
      liveWanted = false;
      unsubscribe?.();
      unsubscribe = undefined;
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      if (passTimer !== undefined) clearTimeout(passTimer);
      retryTimer = passTimer = undefined;
      stopReplication();
      await queue;
      update({ state: status.state === 'error' ? 'error' : 'idle' });
    },
    status: () => status,
    fetchOriginal: (sourceId) => fetchOriginal(local, remote, sourceId),
  };
}
