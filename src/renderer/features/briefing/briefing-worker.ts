// The briefing worker: composes and writes briefings off the main thread (briefing-handler.ts), where a
// briefing of a whole library takes seconds. It opens the app's IndexedDB database by name and reads what
// it needs itself, so the window never hands it the library. "Cancel" ends the worker.
import { openStore } from '../../storage/database';
import type { BriefingReply, BriefingRequest } from './briefing-protocol';
import { createBriefingHandler } from './briefing-handler';
import { runBatchesInWorkers } from './citeproc-in-workers';

// The DOM library types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BriefingRequest>) => void) | null;
  postMessage: (reply: BriefingReply, transfer?: Transferable[]) => void;
};

const handle = createBriefingHandler({
  openStore,
  cores: navigator.hardwareConcurrency || 1,
  runBatches: runBatchesInWorkers,
  post: (reply) =>
    scope.postMessage(
      reply,
      reply.type === 'written' && typeof reply.output !== 'string' ? [reply.output.buffer] : [],
    ),
});

// One request at a time, in order: an export waits for the briefing it exports.
let queue = Promise.resolve();
scope.onmessage = (event) => {
  queue = queue.then(() => handle(event.data));
};
