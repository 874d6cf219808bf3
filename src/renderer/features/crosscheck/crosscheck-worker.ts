// The cross-check worker: finds corroborations, conflicts and sums among the library's claims off the
// main thread, where they cost seconds at 100,000 claims. It reads the claims from IndexedDB itself and
// watches them with a live query (crosscheck-handler.ts), so every change made in any window (Dexie tells
// other contexts through a BroadcastChannel) is answered with the cross-checks found anew.
import { openStore } from '../../storage/database';
import { createCrossCheckHandler } from './crosscheck-handler';
import type { CrossCheckReply, CrossCheckRequest } from './crosscheck-protocol';

// The DOM library types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CrossCheckRequest>) => void) | null;
  postMessage: (reply: CrossCheckReply) => void;
};

const { handle } = createCrossCheckHandler({ openStore, post: (reply) => scope.postMessage(reply) });
scope.onmessage = (event) => handle(event.data);
