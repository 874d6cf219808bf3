// The cross-check worker: finds corroborations, conflicts and sums among the library's claims off the
// main thread, where they cost seconds at 100,000 claims. It reads the claims from IndexedDB itself
// (read-cross-check-inputs.ts) and watches them with a live query, so every change made in any window
// (Dexie tells other contexts through a BroadcastChannel) is answered with the cross-checks found anew.
import { liveQuery } from 'dexie';
import type { CrossChecks } from '../../../core/crosscheck/cross-check-types';
import { openStore } from '../../storage/database';
import { crossChecksOf } from './read-cross-check-inputs';

export type CrossCheckRequest = { type: 'watch'; databaseName: string };
export type CrossCheckReply = { type: 'checks'; checks: CrossChecks } | { type: 'error'; message: string };

// The DOM library types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CrossCheckRequest>) => void) | null;
  postMessage: (reply: CrossCheckReply) => void;
};

let watching: { unsubscribe: () => void } | null = null;

scope.onmessage = (event) => {
  watching?.unsubscribe();
  const store = openStore(event.data.databaseName);
  watching = liveQuery(() => crossChecksOf(store)).subscribe({
    next: (checks) => scope.postMessage({ type: 'checks', checks }),
    error: (error: unknown) =>
      scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  });
};
