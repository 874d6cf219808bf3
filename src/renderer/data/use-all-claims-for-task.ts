// Every live claim, read in one live query, for the few tasks that still work over the whole library in
// the page (search indexing and cross-checks). The panes no longer need it: they ask storage for what they
// show (storage/listed-claims). Once those tasks read the database in their own workers, this hook goes.
import { useMemo } from 'react';
import type { Claim } from '../../core/model/records';
import { listClaims } from '../storage/claims';
import { useLiveData } from '../storage/live-query';
import { useWorkbench } from '../services/workbench-context';

const NONE: Claim[] = [];

export function useAllClaimsForTask(): { status: 'loading' | 'ready' | 'failed'; claims: Claim[] } {
  const { store } = useWorkbench();
  const all = useLiveData(() => listClaims(store), [store]);
  return useMemo(() => ({ status: all.status, claims: all.status === 'ready' ? all.data : NONE }), [all]);
}
