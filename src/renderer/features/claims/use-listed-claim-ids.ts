// The claims the Claims list shows, asked of storage: the ids of the listed claims (accepted and verified)
// that pass the store's filters, newest first, and how many are listed in all. Worked out in the list's
// worker (listed-ids-in-worker.ts), which reads every listed claim, under a live query, so a claim saved
// or deleted anywhere shows at once without the window reading 100,000 records; the cards read their own
// records (ListedClaimCard).
import { useEffect, useMemo, useState } from 'react';
import { useLibraryData } from '../../data/library-data';
import { useWorkbench } from '../../services/workbench-context';
import { useAppState } from '../../store/use-app-store';
import type { LiveData } from '../../storage/live-query';
import { watchListedIds } from './listed-ids-in-worker';
import { toListedFilter } from './listed-filter';
import type { ListedIds } from './read-listed-ids';

const NO_IDS: string[] = [];

export function useListedClaimIds() {
  const { store } = useWorkbench();
  // Asked once the library is listed: the worker reads every listed claim's record, and that read, queued
  // in the same database, held the library's listing back by a second at 100,000 claims.
  const { tags, status: libraryStatus } = useLibraryData();
  const listedLibrary = libraryStatus !== 'loading';
  const filters = useAppState((s) => s.filters);
  const openSourceId = useAppState((s) => s.navigation.openSourceId);
  const filter = useMemo(() => toListedFilter(filters, openSourceId, tags), [filters, openSourceId, tags]);
  const key = JSON.stringify(filter);
  // The last answer stays shown while the list for a new filter is worked out.
  const [listed, setListed] = useState<LiveData<ListedIds>>({ status: 'loading' });
  useEffect(() => {
    if (!listedLibrary) return;
    return watchListedIds(store, filter, {
      next: (data) => setListed({ status: 'ready', data }),
      error: (error) => setListed({ status: 'failed', error }),
    });
    // `key` stands for the filter's content; a new object with the same filters needs no new watch.
  }, [store, key, listedLibrary]);
  const ids = listed.status === 'ready' ? listed.data.ids : NO_IDS;
  const listedCount = listed.status === 'ready' ? listed.data.total : 0;
  return { status: listed.status, ids, listedCount } as const;
}
