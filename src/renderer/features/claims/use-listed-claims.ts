// The records of the claims the Claims list shows, for the export dialog, which writes them all out (the
// briefing reads its own in its worker): the library's listed claims (accepted and verified) and those
// that pass the store's filters. It reads every claim, so only an open dialog uses it; the Claims list
// itself asks storage for ids (use-listed-claim-ids).
import { useMemo } from 'react';
import { useLibraryData } from '../../data/library-data';
import { useAllClaimsForTask } from '../../data/use-all-claims-for-task';
import { useAppState } from '../../store/use-app-store';
import { filterClaims, selectListedClaims } from './claim-filters';

export function useListedClaims() {
  const { tags } = useLibraryData();
  const { claims: all } = useAllClaimsForTask();
  const filters = useAppState((s) => s.filters);
  const openSourceId = useAppState((s) => s.navigation.openSourceId);
  const listed = useMemo(() => selectListedClaims(all), [all]);
  const filtered = useMemo(
    () => filterClaims(listed, filters, openSourceId, tags),
    [listed, filters, openSourceId, tags],
  );
  return { listed, filtered };
}
