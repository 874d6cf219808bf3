// The anchoring worker's task: a source's claims with the given statuses placed in its text, both read
// from the database by the worker itself, so the window never sends it a 2 MB text and 20,000 targets
// (cloning them for the message held the window for a fifth of a second) and the worker starts reading
// while the window reads its own copy of the claims. The answer is three columns: the claims' ids, and
// each one's start and end (-1 when it cannot be placed), with the text's hash to tell which text they
// are places in.
import type { ClaimStatus } from '../../../core/model/records';
import type { Store } from '../../storage/database';
import { listClaimsOfSource } from '../../storage/listed-claims';
import { placeTargets } from './place-targets';

export type StoredAnchors = { textHash: string; ids: string[]; starts: Int32Array; ends: Int32Array };

/** Places the stored claims of one source in its stored text; null when the source is not stored. */
export async function anchorStoredClaims(
  store: Store,
  sourceId: string,
  statuses: readonly ClaimStatus[],
): Promise<StoredAnchors | null> {
  const source = await store.db.sources.get(sourceId);
  if (!source || source.deleted) return null;
  const claims = await listClaimsOfSource(store, sourceId, statuses);
  const { starts, ends } = placeTargets(
    source.text,
    claims.map((claim) => claim.target),
  );
  return { textHash: source.textHash, ids: claims.map((claim) => claim.id), starts, ends };
}
