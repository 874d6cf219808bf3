// The search worker: holds the library's search index (core/search) off the main thread, so building it
// over thousands of sources, and each query, never stalls the window. It applies the changes the window
// sends, in order, and answers each query with grouped, marked results.
import {
  countIndexed,
  createSearchIndex,
  dropClaim,
  dropSource,
  putClaim,
  putSource,
} from '../../../core/search/search-index';
import { searchLibrary } from '../../../core/search/search-library';
import type { SearchReply, SearchRequest } from './search-protocol';

// The DOM library types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage: (reply: SearchReply) => void;
};

const index = createSearchIndex();

scope.onmessage = (event) => {
  const request = event.data;
  const started = performance.now();
  try {
    if (request.type === 'update') {
      const { putSources, dropSources, putClaims, dropClaims } = request.changes;
      for (const id of dropSources) dropSource(index, id);
      for (const id of dropClaims) dropClaim(index, id);
      for (const source of putSources) putSource(index, source);
      for (const claim of putClaims) putClaim(index, claim);
      const milliseconds = performance.now() - started;
      scope.postMessage({ type: 'indexed', counts: countIndexed(index), milliseconds });
      return;
    }
    const results = searchLibrary(index, request.query, request.filters);
    scope.postMessage({
      type: 'results',
      id: request.id,
      results,
      milliseconds: performance.now() - started,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'error', ...(request.type === 'search' ? { id: request.id } : {}), message });
  }
};
