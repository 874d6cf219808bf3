// The open source's claims, read through a storage query of that source alone (and read again whenever
// its claims change), so the reader never filters the whole library to draw one text.
import { useMemo } from 'react';
import type { Claim } from '../../../core/model/records';
import { useWorkbench } from '../../services/workbench-context';
import { useLiveData } from '../../storage/live-query';
import { listSourceClaims } from '../../storage/source-claims';

const NONE: Claim[] = [];

export function useSourceClaims(sourceId: string | null): Claim[] {
  const { store } = useWorkbench();
  const live = useLiveData(
    () => (sourceId ? listSourceClaims(store, sourceId) : Promise.resolve(NONE)),
    [store, sourceId],
  );
  const data = live.status === 'ready' ? live.data : NONE;
  // Until the new source's claims are read, the last source's are still held: never show them on this one.
  return useMemo(() => (data.every((c) => c.sourceId === sourceId) ? data : NONE), [data, sourceId]);
}
