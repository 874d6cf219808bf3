// The Claims list's records, read a page at a time (record-pages.ts) for the rows the list shows: one
// RecordPages per list of ids, each watching its pages with live queries, so an edit anywhere shows on its
// card at once. A new list of ids starts from the records the last one held.
import { useEffect, useMemo, useRef } from 'react';
import type { Claim } from '../../../core/model/records';
import { useWorkbench } from '../../services/workbench-context';
import { getClaims } from '../../storage/claims';
import { watchQuery } from '../../storage/live-query';
import { RecordPages } from './record-pages';

export function useClaimPages(ids: readonly string[]): RecordPages<Claim> {
  const { store } = useWorkbench();
  const last = useRef<RecordPages<Claim> | undefined>(undefined);
  const pages = useMemo(
    () =>
      new RecordPages<Claim>(
        ids,
        (want, next) => watchQuery(() => getClaims(store, want), next),
        last.current,
      ),
    [ids, store],
  );
  useEffect(() => {
    last.current = pages;
    return () => pages.close();
  }, [pages]);
  return pages;
}
