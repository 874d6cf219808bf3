// The claims of one source with the given statuses (the reader's highlights, the Suggestions list, a
// figure's possible totals), read through the [sourceId+status] index by a live query: only that source's
// claims are ever read, and a change to one of them shows at once.
import type { Claim, ClaimStatus } from '../../core/model/records';
import { useWorkbench } from '../services/workbench-context';
import { listClaimsOfSource } from '../storage/listed-claims';
import { useLiveData } from '../storage/live-query';

const NONE: Claim[] = [];

/** The claims of the source (newest first), or none while no source is open or they are being read. */
export function useClaimsOfSource(sourceId: string | null, statuses: readonly ClaimStatus[]): Claim[] {
  const { store } = useWorkbench();
  const read = useLiveData(
    () => (sourceId === null ? Promise.resolve(NONE) : listClaimsOfSource(store, sourceId, statuses)),
    [store, sourceId, statuses.join(',')],
  );
  return read.status === 'ready' && read.data.length > 0 ? read.data : NONE;
}
