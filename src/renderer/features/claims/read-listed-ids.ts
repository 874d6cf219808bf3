// What the Claims list shows for its filters: the ids of the listed claims that pass them, newest first,
// and how many claims are listed in all (for "n of m"). Run by the list's worker (listed-ids-worker.ts),
// or in the page where there are no workers.
import type { Store } from '../../storage/database';
import { countListedClaims, listListedClaimIds, type ListedClaimFilter } from '../../storage/listed-claims';

export type ListedIds = { ids: string[]; total: number };

const isNarrowing = (filter: ListedClaimFilter) =>
  filter.kind !== undefined || filter.tagIds !== undefined || filter.sourceId !== undefined;

/** A null filter can match nothing (no source open for "open source only"). */
export async function readListedIds(store: Store, filter: ListedClaimFilter | null): Promise<ListedIds> {
  const ids = filter === null ? [] : await listListedClaimIds(store, filter);
  // Unnarrowed, the list is every listed claim: no second read to count them.
  const total = filter !== null && !isNarrowing(filter) ? ids.length : await countListedClaims(store);
  return { ids, total };
}
