// The library's cross-checks, worked out in one worker per window (crosscheck-worker.ts) that reads and
// watches the claims in IndexedDB itself, so the window never hands it the library; however many panes
// ask (the Claims list's badges, the Cross-checks tab), they share its latest answer.
import type { CrossChecks } from '../../../core/crosscheck/cross-check-types';
import type { CrossCheckReply, CrossCheckRequest } from './crosscheck-worker';

export const NO_CROSS_CHECKS: CrossChecks = { corroborations: [], conflicts: [], sums: [] };

type Watch = { databaseName: string; latest: CrossChecks; listeners: Set<() => void>; worker: Worker };
let watch: Watch | null = null;

function startWatch(databaseName: string): Watch {
  const worker = new Worker(new URL('./crosscheck-worker.ts', import.meta.url), { type: 'module' });
  const started: Watch = { databaseName, latest: NO_CROSS_CHECKS, listeners: new Set(), worker };
  worker.onmessage = (event: MessageEvent<CrossCheckReply>) => {
    if (event.data.type !== 'checks') return;
    started.latest = event.data.checks;
    for (const listener of started.listeners) listener();
  };
  const request: CrossCheckRequest = { type: 'watch', databaseName };
  worker.postMessage(request);
  return started;
}

function watchFor(databaseName: string): Watch {
  if (watch?.databaseName !== databaseName) {
    watch?.worker.terminate();
    watch = startWatch(databaseName);
  }
  return watch;
}

/** Subscribes to the cross-checks of a database; until the first answer there are none. */
export function subscribeCrossChecks(databaseName: string, listener: () => void): () => void {
  const current = watchFor(databaseName);
  current.listeners.add(listener);
  return () => current.listeners.delete(listener);
}

export function latestCrossChecks(databaseName: string): CrossChecks {
  return watch?.databaseName === databaseName ? watch.latest : NO_CROSS_CHECKS;
}
