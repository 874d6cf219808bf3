// The claims the Claims list shows, asked of storage: the ids of the listed claims (accepted and verified)
// that pass the store's filters, newest first, and how many are listed in all. Both are live queries, so
// a claim saved or deleted anywhere shows at once; the cards read their own records (use-claim-record).
import { useMemo } from 'react';
import { useLibraryData } from '../../data/library-data';
import { useWorkbench } from '../../services/workbench-context';
import { isFiltered } from '../../store/slices/filters';
import { useAppState } from '../../store/use-app-store';
import { countListedClaims, listListedClaimIds } from '../../storage/listed-claims';
import { useLiveData } from '../../storage/live-query';
import { toListedFilter } from './listed-filter';

const NO_IDS: string[] = [];

export function useListedClaimIds() {
  const { store } = useWorkbench();
  const { tags, status: libraryStatus } = useLibraryData();
  // Asked once the library is listed, so a large list of claims never holds up the Library pane.
  const waiting = libraryStatus !== 'ready';
  const filters = useAppState((s) => s.filters);
  const openSourceId = useAppState((s) => s.navigation.openSourceId);
  const filter = useMemo(() => toListedFilter(filters, openSourceId, tags), [filters, openSourceId, tags]);
  const key = JSON.stringify(filter);
  const ids = useLiveData(
    () =>
      waiting
        ? Promise.resolve(null)
        : filter === null
          ? Promise.resolve(NO_IDS)
          : listListedClaimIds(store, filter),
    [store, key, waiting],
  );
  const filtered = isFiltered(filters);
  const total = useLiveData(
    () => (filtered ? countListedClaims(store) : Promise.resolve(-1)),
    [store, filtered],
  );
  const filteredIds = ids.status === 'ready' ? (ids.data ?? NO_IDS) : NO_IDS;
  const listedCount = total.status === 'ready' && total.data >= 0 ? total.data : filteredIds.length;
  const status =
    ids.status === 'failed' || total.status === 'failed'
      ? 'failed'
      : ids.status === 'ready' && ids.data !== null && total.status === 'ready'
        ? 'ready'
        : 'loading';
  return { status, ids: filteredIds, listedCount } as const;
}
