// Runs team sync for one window: opens the local and the team's database for the saved settings, drives
// core's sync session (Sync now, Keep in sync) and reports every status to the store. Settings changing
// (saved, forgotten, a new password) stop the running session first, so a wrong password is never sent
// again by an old one. With no settings nothing runs and nothing is loaded. Only the window holding the
// library's sync lock runs a session (hold-lock.ts); another waits and says so.
import { connectRemote } from '../../../core/sync/connect-remote';
import type { PouchFactory } from '../../../core/sync/pouch-types';
import { createSyncSession, type SyncSession } from '../../../core/sync/sync-session';
import type { SyncStatus } from '../../../core/sync/sync-status';
import type { SyncSettings } from '../../../core/sync/sync-settings';
import type { Store } from '../../storage/database';
import { createSyncLibrary } from '../../storage/sync-library';
import { acquiredWithin, holdLock, type LockManagerLike } from './hold-lock';
import { localPouchName } from './open-browser-pouch';

export type SyncRunnerDeps = {
  store: Store;
  loadPouch: () => Promise<PouchFactory>;
  onStatus: (status: SyncStatus) => void;
  /** navigator.locks where the host has it; without it every window syncs on its own. */
  locks?: LockManagerLike;
  /** Told true while another window of this library holds the sync, false once this one does. */
  onWaiting?: (waiting: boolean) => void;
};

export type SyncRunner = {
  /** Starts over with these settings (or none): live when keepInSync, else waiting for "Sync now". */
  applySettings(settings: SyncSettings | null, keepInSync: boolean): Promise<void>;
  /** A source's original from the team's database (undefined: no session, or the server has none). */
  fetchOriginal(sourceId: string): Promise<Uint8Array | undefined>;
  /** One pass now; resolves when it is done (its outcome is in the status). */
  syncNow(): Promise<void>;
  stop(): Promise<void>;
};

export function createSyncRunner(deps: SyncRunnerDeps): SyncRunner {
  let session: SyncSession | undefined;
  let closeDatabases: (() => Promise<void>) | undefined;
  let releaseLock: (() => void) | undefined;
  let generation = 0;

  async function stop(): Promise<void> {
    const running = session;
    const close = closeDatabases;
    const release = releaseLock;
    session = undefined;
    closeDatabases = undefined;
    releaseLock = undefined;
    await running?.stop();
    await close?.();
    release?.();
  }

  return {
    async applySettings(settings, keepInSync) {
      generation += 1;
      const mine = generation;
      await stop();
      deps.onWaiting?.(false);
      if (!settings || settings.password === '') return;
      const open = await deps.loadPouch();
      if (mine !== generation) return; // settings changed again while PouchDB loaded
      const localName = localPouchName(deps.store.db.name, settings.serverUrl, settings.database);

      const start = () => {
        const local = open(localName);
        const remote = connectRemote(open, {
          serverUrl: settings.serverUrl,
          database: settings.database,
          credentials: { username: settings.username, password: settings.password },
        });
        session = createSyncSession({
          local,
          remote,
          database: settings.database,
          library: createSyncLibrary(deps.store),
          onStatus: (status) => {
            if (mine === generation) deps.onStatus(status);
          },
        });
        closeDatabases = async () => {
          await Promise.allSettled([local.close(), remote.close()]);
        };
        if (keepInSync) session.startLive();
      };

      if (!deps.locks) return start();
      const lock = holdLock(deps.locks, `evidence-workbench-sync:${localName}`);
      releaseLock = lock.release;
      if (await acquiredWithin(lock, 100)) {
        if (mine === generation) start();
        return;
      }
      deps.onWaiting?.(true);
      void lock.acquired.then(() => {
        if (mine !== generation) return;
        deps.onWaiting?.(false);
        start();
      });
    },
    fetchOriginal: async (sourceId) => session?.fetchOriginal(sourceId),
    async syncNow() {
      await session?.syncNow();
    },
    stop: async () => {
      generation += 1;
      await stop();
    },
  };
}
