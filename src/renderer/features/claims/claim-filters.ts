// Filtering the claims list by kind, tag and source. The briefing can use the same filtered list. Only real
// claims (accepted or verified) are listed and counted: suggestions waiting for a decision, and rejected
// ones, are claim records too but live in the Suggestions list.
import { isCitableClaim } from '../../../core/briefing/citable-claims';
import { descendantIds } from '../../../core/codebook/tag-tree';
import type { Claim, Tag } from '../../../core/model/records';
import type { ClaimFilters } from '../../store/slices/filters';

/** The claims a briefing may cite are the ones the list shows: core's one rule. */
export const isListedClaim: (claim: Claim) => boolean = isCitableClaim;

export function selectListedClaims(claims: Claim[]): Claim[] {
  return claims.filter(isListedClaim);
}

/** Listed claims per source id, for the Library's counts. */
export function countClaimsBySource(claims: Claim[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of claims) if (isListedClaim(c)) counts.set(c.sourceId, (counts.get(c.sourceId) ?? 0) + 1);
  return counts;
}

/** Listed claims per tag id (a claim counts once for each tag it carries), for the Codebook's counts. */
export function countClaimsByTag(claims: Claim[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of claims) {
    if (!isListedClaim(c)) continue;
    for (const id of c.tagIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export function filterClaims(
  claims: Claim[],
  filters: ClaimFilters,
  openSourceId: string | null,
  tags: readonly Tag[] = [],
): Claim[] {
  const wanted =
    filters.tagId === 'all'
      ? null
      : filters.withSubtags
        ? descendantIds(tags, filters.tagId)
        : new Set([filters.tagId]);
  return claims.filter(
    (c) =>
      isListedClaim(c) &&
      (filters.kind === 'all' || c.kind === filters.kind) &&
      (wanted === null || c.tagIds.some((id) => wanted.has(id))) &&
      (filters.source === 'all' || c.sourceId === openSourceId),
  );
}
