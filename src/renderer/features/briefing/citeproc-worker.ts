// A worker the briefing worker starts for one batch of a large briefing's citations: formats it with
// citeproc in a registry of its own (core/briefing/csl/citation-plan.ts) and answers with the run.
import type { CiteprocBatch } from '../../../core/briefing/csl/citation-plan';
import { runBatch } from '../../../core/briefing/csl/format-citations';
import type { CiteprocReply } from './citeproc-in-workers';

// The DOM library types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CiteprocBatch>) => void) | null;
  postMessage: (reply: CiteprocReply) => void;
};

scope.onmessage = (event) => {
  try {
    scope.postMessage({ ok: true, run: runBatch(event.data) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
