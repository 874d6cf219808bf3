// The library's cross-checks, worked out in one worker per window (crosscheck-worker.ts) that reads and
// watches the claims in IndexedDB itself, so the window never hands it the library; however many panes
// ask (the Claims list's badges, the Cross-checks tab), they share its latest answer or its failure
// (cross-check-watch.ts).
import type { CrossCheckReply } from './crosscheck-protocol';
import { createCrossCheckWatch, type CrossCheckState, type CrossCheckWatch } from './cross-check-watch';

export { NO_CROSS_CHECKS } from './cross-check-watch';

const NOT_WATCHED: CrossCheckState = {
  checks: { corroborations: [], conflictGroups: [], sums: [] },
  failure: null,
};
let watch: CrossCheckWatch | null = null;

function watchFor(databaseName: string): CrossCheckWatch {
  if (watch?.databaseName !== databaseName) {
    watch?.stop();
    watch = createCrossCheckWatch(databaseName, (hear) => {
      const worker = new Worker(new URL('./crosscheck-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<CrossCheckReply>) => hear.reply(event.data);
      worker.onerror = (event) => {
        // Handled here: the failure is shown in the pane and a notice, not left to the console alone.
        event.preventDefault();
        hear.stopped(event.message);
      };
      return worker;
    });
  }
  return watch;
}

/** Subscribes to the cross-checks of a database; until the first answer there are none. */
export function subscribeCrossChecks(databaseName: string, listener: () => void): () => void {
  return watchFor(databaseName).subscribe(listener);
}

export function latestCrossChecks(databaseName: string): CrossCheckState {
  return watch?.databaseName === databaseName ? watch.current() : NOT_WATCHED;
}

/** The failure of this database's cross-checks not yet told to the user, once. */
export function takeCrossCheckFailure(databaseName: string): string | null {
  return watch?.databaseName === databaseName ? watch.takeFailureToReport() : null;
}

export function retryCrossChecks(databaseName: string): void {
  watchFor(databaseName).retry();
}
