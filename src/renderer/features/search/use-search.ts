// Keeps the window's search index current and the results fresh: every change to the library's sources,
// claims or tag names is sent to the worker as it happens (only what changed), and the query in the
// store runs again, a moment after the last keystroke, whenever it, its filters or the index change.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { SearchFilters } from '../../../core/search/search-library';
import { useLibraryData } from '../../data/library-data';
import { useAllClaimsForTask } from '../../data/use-all-claims-for-task';
import { useAppState } from '../../store/use-app-store';
import { diffLibrary, emptyStamps, isEmptyChange } from './diff-library';
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
  const { status: libraryStatus, sources, tagsById } = useLibraryData();
  const { status: claimsStatus, claims } = useAllClaimsForTask();
  const status = libraryStatus === 'ready' ? claimsStatus : libraryStatus;
  const sent = useRef(emptyStamps());
  useEffect(() => {
    if (status !== 'ready') return;
    const { changes, next } = diffLibrary(sent.current, sources, claims, tagsById);
    sent.current = next;
    if (!isEmptyChange(changes)) getSearchService().update(changes);
  }, [status, sources, claims, tagsById]);

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
