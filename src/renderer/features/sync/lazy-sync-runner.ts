// The sync runner fetched when it is first needed: with saved settings, or "Sync now". A window with no
// team sync configured (most of them) never loads it, and no window loads it with the page: it brings
// core's sync session and the bundle's record schemas, whose set-up held up the start.
import { loadOnce } from '../../services/load-once';
import type { SyncRunner, SyncRunnerDeps } from './sync-runner';

export function createLazySyncRunner(deps: SyncRunnerDeps): SyncRunner {
  const runner = loadOnce(() => import('./sync-runner').then((module) => module.createSyncRunner(deps)));
  return {
    async applySettings(settings, keepInSync) {
      // Nothing runs yet, and nothing is to run: there is nothing to stop or start.
      if (!settings && !runner.pending()) return;
      await (await runner.load()).applySettings(settings, keepInSync);
    },
    async fetchOriginal(sourceId) {
      const started = runner.pending();
      return started ? (await started).fetchOriginal(sourceId) : undefined;
    },
    async syncNow() {
      await (await runner.load()).syncNow();
    },
    async stop() {
      const started = runner.pending();
      if (started) await (await started).stop();
    },
  };
}
