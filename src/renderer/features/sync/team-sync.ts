// The window's team sync: reads the settings from the platform's keeper (the password never enters the
// store), tells the store what is configured and runs the sync runner for it. One per app store; the shell
// starts it (useTeamSync) and the Team sync dialog and status line use it (useTeamSyncControls).
import type { Platform } from '../../../core/model/platform';
import type { SyncSettings } from '../../../core/sync/sync-settings';
import type { Store } from '../../storage/database';
import { keepOriginal } from '../../storage/originals';
import type { AppStore } from '../../store/app-store';
import { loadBrowserPouch } from './open-browser-pouch';
import type { LockManagerLike } from './hold-lock';
import { createLazySyncRunner } from './lazy-sync-runner';
import type { SyncRunner } from './sync-runner';

export type TeamSync = {
  /** Reads the kept settings and (re)starts sync for them; after a save, a forget or "Keep in sync". */
  refresh(): Promise<void>;
  save(settings: SyncSettings): Promise<'encrypted' | 'session'>;
  forget(): Promise<void>;
  syncNow(): Promise<void>;
  /** Fetches a source's original from the team's database and keeps it; true when it is now here. */
  fetchOriginal(sourceId: string): Promise<boolean>;
  stop(): Promise<void>;
};

export type TeamSyncDeps = {
  appStore: AppStore;
  store: Store;
  platform: Pick<Platform, 'syncSettings'>;
  runner?: SyncRunner;
  /** navigator.locks, so one window of a library syncs it at a time. */
  locks?: LockManagerLike;
};

export function createTeamSync(deps: TeamSyncDeps): TeamSync {
  const { appStore, platform } = deps;
  const actions = appStore.actions.sync;
  const runner =
    deps.runner ??
    createLazySyncRunner({
      store: deps.store,
      loadPouch: loadBrowserPouch,
      onStatus: actions.recordStatus,
      onWaiting: actions.recordOtherWindow,
      ...(deps.locks ? { locks: deps.locks } : {}),
    });

  async function refresh(): Promise<void> {
    const settings = await platform.syncSettings.load();
    actions.configure(
      settings && { serverUrl: settings.serverUrl, database: settings.database, username: settings.username },
      settings !== null && settings.password === '',
    );
    await runner.applySettings(settings, appStore.getState().sync.keepInSync);
  }

  return {
    refresh,
    async save(settings) {
      const kept = await platform.syncSettings.save(settings);
      await refresh();
      return kept;
    },
    async forget() {
      await platform.syncSettings.clear();
      await refresh();
    },
    syncNow: () => runner.syncNow(),
    async fetchOriginal(sourceId) {
      const bytes = await runner.fetchOriginal(sourceId);
      if (!bytes) return false;
      await keepOriginal(deps.store, sourceId, bytes);
      return true;
    },
    stop: () => runner.stop(),
  };
}
