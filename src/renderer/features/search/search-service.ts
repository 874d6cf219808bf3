// The window's side of search: one worker per window holding the index (search-worker.ts), told which
// database to index (it reads and watches the library itself), asked the current query, and a snapshot of
// where things stand (indexing, how much is indexed, the latest results) that components read with
// useSyncExternalStore. The results are derived data, large and unserialisable into the UI store, so they
// wait here, like other features' pending values.
import type { SearchFilters, SearchResults } from '../../../core/search/search-library';
import type { IndexCounts, SearchReply, SearchRequest } from './search-protocol';

export type SearchSnapshot = {
  /** Records not yet indexed (1 until the worker has first read the library): 0 when the index is current. */
  pendingUpdates: number;
  counts: IndexCounts | null;
  /** Milliseconds the last index update took. */
  indexMilliseconds: number;
  /** The results of the latest query answered, and the query they answer. */
  results: SearchResults | null;
  resultsKey: string;
  queryMilliseconds: number;
  error: string | null;
};

export type SearchService = {
  /** Indexes this database and keeps the index current with it. */
  watch: (databaseName: string) => void;
  search: (query: string, filters: SearchFilters) => void;
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => SearchSnapshot;
};

export const searchKey = (query: string, filters: SearchFilters): string =>
  JSON.stringify([query.trim(), filters.format ?? '', filters.tagId ?? '']);

export function createSearchService(): SearchService {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  const listeners = new Set<() => void>();
  let snapshot: SearchSnapshot = {
    pendingUpdates: 0,
    counts: null,
    indexMilliseconds: 0,
    results: null,
    resultsKey: '',
    queryMilliseconds: 0,
    error: null,
  };
  let lastId = 0;
  let watched: string | null = null;
  const post = (request: SearchRequest) => worker.postMessage(request);
  const keys = new Map<number, string>();
  const publish = (patch: Partial<SearchSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    for (const listener of listeners) listener();
  };
  worker.onmessage = (event: MessageEvent<SearchReply>) => {
    const reply = event.data;
    if (reply.type === 'indexed') {
      publish({
        pendingUpdates: reply.remaining,
        counts: reply.counts,
        indexMilliseconds: reply.milliseconds,
      });
    } else if (reply.type === 'results') {
      const key = keys.get(reply.id) ?? '';
      keys.delete(reply.id);
      // An answer to an older query than the one last answered is dropped.
      if (reply.id !== lastId) return;
      publish({
        results: reply.results,
        resultsKey: key,
        queryMilliseconds: reply.milliseconds,
        error: null,
      });
    } else {
      publish({ error: reply.message });
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    publish({ error: event.message || 'Search stopped working; reload the window to search again.' });
  };
  return {
    watch: (databaseName) => {
      if (watched === databaseName) return;
      watched = databaseName;
      publish({ pendingUpdates: 1 });
      post({ type: 'watch', databaseName });
    },
    search: (query, filters) => {
      lastId += 1;
      keys.set(lastId, searchKey(query, filters));
      post({ type: 'search', id: lastId, query, filters });
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
}

let shared: SearchService | null = null;

/** The window's one search service, started on first use. */
export function getSearchService(): SearchService {
  shared ??= createSearchService();
  return shared;
}
