// Claims by query rather than by reading the whole table: counts straight from the indexes of schema
// version 5 (status, kind, each tag, source with status) and pages in order of the last change, newest
// first. The first steps of a library that is never held whole in memory; deleted claims (tombstones) are
// counted by the index too, so counts of live claims filter them as they are read.
import { Dexie } from 'dexie';
import type { Claim, ClaimKind, ClaimStatus } from '../../core/model/records';
import type { Store } from './database';

export type ClaimQuery =
  | { by: 'status'; status: ClaimStatus }
  | { by: 'kind'; kind: ClaimKind }
  | { by: 'tag'; tagId: string }
  | { by: 'source'; sourceId: string; status?: ClaimStatus };

/** The claims one index selects, deleted ones (tombstones) included: callers drop them as they read. */
export function selectClaims(store: Store, query: ClaimQuery) {
  const { claims } = store.db;
  switch (query.by) {
    case 'status':
      return claims.where('status').equals(query.status);
    case 'kind':
      return claims.where('kind').equals(query.kind);
    case 'tag':
      return claims.where('tagIds').equals(query.tagId);
    case 'source':
      return query.status
        ? claims.where('[sourceId+status]').equals([query.sourceId, query.status])
        : claims.where('sourceId').equals(query.sourceId);
  }
}

/** How many live claims match, read through the index (only the matching records are visited). */
export function countClaims(store: Store, query: ClaimQuery): Promise<number> {
  return selectClaims(store, query)
    .filter((c) => !c.deleted)
    .count();
}

/** One page of the live claims of a status, newest change first, read through [status+updatedAt]. */
export function pageClaimsByStatus(
  store: Store,
  status: ClaimStatus,
  page: { offset: number; limit: number },
): Promise<Claim[]> {
  return store.db.claims
    .where('[status+updatedAt]')
    .between([status, Dexie.minKey], [status, Dexie.maxKey])
    .reverse()
    .filter((c) => !c.deleted)
    .offset(page.offset)
    .limit(page.limit)
    .toArray();
}

/** Every claim changed after `since` (ISO time), oldest first: what a list must refresh after a write. */
export function listClaimsChangedAfter(store: Store, since: string): Promise<Claim[]> {
  return store.db.claims.where('updatedAt').above(since).toArray();
}
