// The claims of one source, read through the claims' sourceId index: the reader asks for the open source's
// claims alone instead of filtering the whole library. The index is read in one request (no cursor and no
// filter in the query, which would make Dexie walk a cursor record by record); tombstones are dropped
// afterwards, and the order is the library's (newest first), so overlapping highlights stack as before.
import type { Claim } from '../../core/model/records';
import type { Store } from './database';

/** The live claims of `sourceId`, suggestions and rejected ones included, newest first. */
export async function listSourceClaims(store: Store, sourceId: string): Promise<Claim[]> {
  const all = await store.db.claims.where('sourceId').equals(sourceId).toArray();
  return all.filter((c) => !c.deleted).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
