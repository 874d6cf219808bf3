// The sync runner fetched when it is first needed: with saved settings, or "Sync now". A window with no
// team sync configured (most of them) never loads it, and no window loads it with the page: it brings
// core's sync session and the bundle's record schemas, whose set-up held up the start.
import type { SyncRunner, SyncRunnerDeps } from './sync-runner';

export function createLazySyncRunner(deps: SyncRunnerDeps): SyncRunner {
  let loaded: Promise<SyncRunner> | undefined;
  const load = () =>
    (loaded ??= import('./sync-runner').then(
      (module) => module.createSyncRunner(deps),
      (error: unknown) => {
        loaded = undefined; // a failed fetch is tried again with the next call
        throw error;
      },
    ));
  return {
    async applySettings(settings, keepInSync) {
      // Nothing runs yet, and nothing is to run: there is nothing to stop or start.
      if (!settings && !loaded) return;
      await (await load()).applySettings(settings, keepInSync);
    },
    async fetchOriginal(sourceId) {
      return loaded ? (await loaded).fetchOriginal(sourceId) : undefined;
    },
    async syncNow() {
      await (await load()).syncNow();
    },
    async stop() {
      if (loaded) await (await loaded).stop();
    },
  };
}
