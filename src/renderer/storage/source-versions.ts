// Writes for new versions of a source. Importing a file as a new version stores it with `supersedes` and,
// in the same transaction, moves every claim of the old version onto it (core's reanchorClaims: moved,
// changed with the old quote kept, or orphaned); the old source stays, readable, marked superseded by the
// newer one. An orphan is re-attached to a passage the researcher selects, and a changed quote is marked
// checked; each is a new version of the claim, so merges carry it.
import { admitImportedSource } from '../../core/import/admit-source';
import type { Claim, ClaimTarget, Source } from '../../core/model/records';
import { stampVersion } from '../../core/model/version-stamp';
import { reanchorClaims, type Reanchored } from '../../core/versions/reanchor-claims';
import { actingNow, type Actor } from './actor';
import type { Store } from './database';
import { getWholeSource, putSources, readWholeSources } from './source-texts';

/** Every source, deleted or not: the candidates for "a new version of …" are chosen by core. */
export function listAllSources(store: Store): Promise<Source[]> {
  const { db } = store;
  return db.transaction('r', db.sources, db.sourceTexts, () => readWholeSources(db));
}

/** Stores `source` as the new version of source `oldId` and moves that source's claims onto it. */
export async function addNewVersion(
  store: Store,
  source: Source,
  oldId: string,
  actor: Actor,
): Promise<Reanchored> {
  const { db } = store;
  const stamp = actingNow(actor);
  return db.transaction('rw', db.sources, db.sourceTexts, db.claims, async () => {
    const old = await getWholeSource(db, oldId);
    if (!old || old.deleted) throw new Error('The source this was to be a new version of is no longer here.');
    const admitted = admitImportedSource(await getWholeSource(db, source.id), {
      ...source,
      supersedes: oldId,
    });
    if (admitted.outcome === 'already-present') throw new Error('This file is already in the library.');
    await putSources(db, [admitted.source]);
    const claims = await db.claims.where('sourceId').equals(oldId).toArray();
    const result = reanchorClaims(claims, old, admitted.source, stamp);
    await db.claims.bulkPut(result.claims);
    return result;
  });
}

/** Places an orphan (or any claim) on a newly selected passage of its source. */
export function reattachClaim(
  store: Store,
  claimId: string,
  target: ClaimTarget,
  actor: Actor,
): Promise<Claim> {
  return updateClaim(store, claimId, actor, (claim) => {
    const { orphaned: _orphaned, previousQuote: _previous, ...rest } = target;
    return { ...claim, sourceId: target.source, target: rest };
  });
}

/** The researcher has checked a claim whose quote changed in a new version: the flag goes. */
export function confirmChangedQuote(store: Store, claimId: string, actor: Actor): Promise<Claim> {
  return updateClaim(store, claimId, actor, (claim) => {
    const { previousQuote: _previous, ...target } = claim.target;
    return { ...claim, target };
  });
}

async function updateClaim(
  store: Store,
  claimId: string,
  actor: Actor,
  change: (claim: Claim) => Claim,
): Promise<Claim> {
  const { db } = store;
  const stamp = actingNow(actor);
  return db.transaction('rw', db.claims, async () => {
    const current = await db.claims.get(claimId);
    if (!current || current.deleted) throw new Error('That claim is not in the library.');
    const next: Claim = { ...change(current), ...stampVersion(stamp, current) };
    await db.claims.put(next);
    return next;
  });
}
