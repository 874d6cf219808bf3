// Keeps the window's search index current and the results fresh: the worker is told which database to
// index and follows its changes itself (watch-library.ts), and the query in the store runs again, a
// moment after the last keystroke, whenever it, its filters or the index change.
import { useEffect, useSyncExternalStore } from 'react';
import type { SearchFilters } from '../../../core/search/search-library';
import { useLibraryData } from '../../data/library-data';
import { useWorkbench } from '../../services/workbench-context';
import { useAppState } from '../../store/use-app-store';
import { getSearchService, type SearchSnapshot } from './search-service';

/** Typing pauses this long before a query runs. */
const QUERY_DELAY_MS = 120;

export function useSearchSnapshot(): SearchSnapshot {
  const service = getSearchService();
  return useSyncExternalStore(service.subscribe, service.getSnapshot);
}

export function useSearchFilters(): SearchFilters {
  const format = useAppState((s) => s.search.format);
  const tagId = useAppState((s) => s.search.tagId);
  return {
    ...(format !== 'all' ? { format } : {}),
    ...(tagId !== 'all' ? { tagId } : {}),
  };
}

export function useSearchSync(): void {
  const databaseName = useWorkbench().store.db.name;
  // Indexing reads every source's text and every claim: started once the library is listed, since
  // those reads, queued in the same database, held the listing back by seconds at 10,000 sources.
  const listed = useLibraryData().status !== 'loading';
  useEffect(() => {
    if (listed) getSearchService().watch(databaseName);
  }, [databaseName, listed]);

  const query = useAppState((s) => s.search.query);
  const format = useAppState((s) => s.search.format);
  const tagId = useAppState((s) => s.search.tagId);
  const { counts, pendingUpdates } = useSearchSnapshot();
  // The query runs again once the index is current, and every thousand sources while a large library is
  // being indexed (not at every slice, which would keep putting it off).
  const indexed = pendingUpdates > 0 ? `indexing:${Math.floor((counts?.sources ?? 0) / 1000)}` : counts;
  useEffect(() => {
    if (!query.trim()) return;
    const timer = setTimeout(
      () =>
        getSearchService().search(query, {
          ...(format !== 'all' ? { format } : {}),
          ...(tagId !== 'all' ? { tagId } : {}),
        }),
      QUERY_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [query, format, tagId, indexed]);
}
