// The Claims list, the library's counts and the codebook's counts asked of storage instead of worked out
// from every claim held in memory. Each query starts from the index that narrows the claims most (a
// source, a tag, a kind, else the listed statuses) and reads only the records that index selects; core's
// `isCitableClaim` then decides, so "listed" stays one rule (tombstones are in the indexes too and are
// dropped here). Lists return ids only, newest claim first, so a list of 100,000 claims holds 100,000
// short strings and the records of the few cards in view.
import { CITABLE_STATUSES, isCitableClaim } from '../../core/briefing/citable-claims';
import type { Claim, ClaimKind, ClaimStatus } from '../../core/model/records';
import { selectClaims, type ClaimQuery } from './claim-queries';
import { CLAIMS_BY_TEXT_START, textStartOf } from './claim-text-start';
import type { Store } from './database';

/** The statuses a listed claim can have (a briefing's citable ones); isCitableClaim has the last word. */
const LISTED_STATUSES = CITABLE_STATUSES;

export type ListedClaimFilter = {
  kind?: ClaimKind | undefined;
  /** Claims carrying any of these tags. */
  tagIds?: readonly string[] | undefined;
  sourceId?: string | undefined;
};

/**
 * The records the filter's narrowest index selects, each range read whole (IndexedDB's getAll, far quicker
 * than stepping a cursor through 100,000 records); a claim with several of the wanted tags comes once.
 */
async function readCandidates(store: Store, filter: ListedClaimFilter): Promise<Claim[]> {
  const { sourceId, tagIds, kind } = filter;
  const queries: ClaimQuery[] =
    sourceId !== undefined
      ? LISTED_STATUSES.map((status) => ({ by: 'source', sourceId, status }))
      : tagIds !== undefined
        ? tagIds.map((tagId) => ({ by: 'tag', tagId }))
        : kind !== undefined
          ? [{ by: 'kind', kind }]
          : LISTED_STATUSES.map((status) => ({ by: 'status', status }));
  const ranges = queries.map((query) => selectClaims(store, query));
  const parts = await Promise.all(ranges.map((range) => range.toArray()));
  if (parts.length === 1) return parts[0] ?? [];
  const byId = new Map<string, Claim>();
  for (const part of parts) for (const claim of part) byId.set(claim.id, claim);
  return [...byId.values()];
}

function matches(filter: ListedClaimFilter): (claim: Claim) => boolean {
  const tags = filter.tagIds === undefined ? null : new Set(filter.tagIds);
  return (c) =>
    isCitableClaim(c) &&
    (filter.kind === undefined || c.kind === filter.kind) &&
    (filter.sourceId === undefined || c.sourceId === filter.sourceId) &&
    (tags === null || c.tagIds.some((id) => tags.has(id)));
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Newest created first; claims made at the same moment in id order (as the table reads them). ISO times
 * order as plain strings, so no locale comparison (ten times slower over 100,000 claims) is needed.
 */
function byNewest(a: { id: string; createdAt: string }, b: { id: string; createdAt: string }): number {
  return compareText(b.createdAt, a.createdAt) || compareText(a.id, b.id);
}

/** The ids of the listed claims that pass the filter, newest claim first. */
export async function listListedClaimIds(store: Store, filter: ListedClaimFilter = {}): Promise<string[]> {
  const found = (await readCandidates(store, filter)).filter(matches(filter));
  return found.sort(byNewest).map((c) => c.id);
}

/** How many listed claims pass the filter, counted through the same index. */
export async function countListedClaims(store: Store, filter: ListedClaimFilter = {}): Promise<number> {
  return (await readCandidates(store, filter)).filter(matches(filter)).length;
}

/** The live claims of one source with one of the statuses (by the source index), newest first. */
export async function listClaimsOfSource(
  store: Store,
  sourceId: string,
  statuses: readonly ClaimStatus[],
): Promise<Claim[]> {
  const parts = await Promise.all(
    statuses.map((status) => selectClaims(store, { by: 'source', sourceId, status }).toArray()),
  );
  return sortNewestFirst(parts.flat().filter((c) => !c.deleted));
}

/** Sorts claims in place, newest first (the order of every list of a source's claims), and returns them. */
export function sortNewestFirst(claims: Claim[]): Claim[] {
  return claims.sort(byNewest);
}

/**
 * The live claims of one source with one of the statuses whose stored passage starts at `from` or after and
 * before `to` (by the [sourceId+textStart] index, so the source's other claims are never read), in order of
 * that start: the reader's first screen.
 */
export async function listClaimsOfSourceBetween(
  store: Store,
  sourceId: string,
  range: { from: number; to: number },
  statuses: readonly ClaimStatus[],
): Promise<Claim[]> {
  const found = await store.db.claims
    .where(CLAIMS_BY_TEXT_START)
    .between([sourceId, range.from], [sourceId, range.to], true, false)
    .toArray();
  return found.filter((c) => !c.deleted && statuses.includes(c.status));
}

/**
 * Where a claim of the source starts as it was stored, read alone by its id (the reader opening at it);
 * undefined for a claim that is missing, deleted, of another source or without a position.
 */
export async function readClaimStart(
  store: Store,
  sourceId: string,
  claimId: string,
): Promise<number | undefined> {
  const claim = await store.db.claims.get(claimId);
  return claim && !claim.deleted && claim.sourceId === sourceId ? textStartOf(claim) : undefined;
}

/**
 * Listed claims per group of tags (a claim counted once in a group, however many of its tags are in it),
 * each group counted through the tags index: the codebook's "carries this tag" and "this tag or any under it".
 */
export async function countListedClaimsByTags(
  store: Store,
  groups: readonly { key: string; tagIds: readonly string[] }[],
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const group of groups) counts.set(group.key, await countListedClaims(store, { tagIds: group.tagIds }));
  return counts;
}
