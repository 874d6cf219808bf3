// The claims of one source with the given statuses (the reader's highlights, the Suggestions list, a
// figure's possible totals), read through the [sourceId+status] index by a live query: only that source's
// claims are ever read, and a change to one of them shows at once.
import type { Claim, ClaimStatus } from '../../core/model/records';
import { useWorkbench } from '../services/workbench-context';
import { listClaimsOfSource } from '../storage/listed-claims';
import { useLiveData } from '../storage/live-query';

const NONE: Claim[] = [];

type Read = { sourceId: string | null; claims: Claim[] };

/**
 * The claims of the source (newest first); null while they are being read (an answer for the source open
 * before is never taken for this one's), none when no source is open or the read failed.
 */
export function useClaimsOfSourceRead(
  sourceId: string | null,
  statuses: readonly ClaimStatus[],
): Claim[] | null {
  const { store } = useWorkbench();
  const read = useLiveData<Read>(
    async () => ({
      sourceId,
      claims: sourceId === null ? NONE : await listClaimsOfSource(store, sourceId, statuses),
    }),
    [store, sourceId, statuses.join(',')],
  );
  if (read.status === 'failed') return NONE;
  if (read.status === 'loading' || read.data.sourceId !== sourceId) return null;
  return read.data.claims.length > 0 ? read.data.claims : NONE;
}

/** The claims of the source (newest first), or none while no source is open or they are being read. */
export function useClaimsOfSource(sourceId: string | null, statuses: readonly ClaimStatus[]): Claim[] {
  return useClaimsOfSourceRead(sourceId, statuses) ?? NONE;
}
