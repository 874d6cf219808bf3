// The claims the Claims list shows: the library's listed claims (accepted and verified) and those that
// pass the store's filters, derived once per change of either.
import { useMemo } from 'react';
import { useLibraryData } from '../../data/library-data';
import { useAppState } from '../../store/use-app-store';
import { filterClaims, selectListedClaims } from './claim-filters';

export function useListedClaims() {
  const { claims: all, tags } = useLibraryData();
  const filters = useAppState((s) => s.filters);
  const openSourceId = useAppState((s) => s.navigation.openSourceId);
  const listed = useMemo(() => selectListedClaims(all), [all]);
  const filtered = useMemo(
    () => filterClaims(listed, filters, openSourceId, tags),
    [listed, filters, openSourceId, tags],
  );
  return { listed, filtered };
}
