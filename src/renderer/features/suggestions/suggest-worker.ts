// The suggestion worker: runs the core suggester over each text it is sent, off the main thread, so a big
// source or a whole library does not freeze the reader. It replies once per text, then 'done'.
import { suggestClaims } from '../../../core/suggest/suggest-claims';
import type { SuggestReply, SuggestRequest } from './suggest-protocol';

// The DOM library types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SuggestRequest>) => void) | null;
  postMessage: (reply: SuggestReply) => void;
};

scope.onmessage = (event) => {
  try {
    for (const job of event.data.jobs) {
      scope.postMessage({ type: 'result', id: job.id, suggestions: suggestClaims(job.text) });
    }
    scope.postMessage({ type: 'done' });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
