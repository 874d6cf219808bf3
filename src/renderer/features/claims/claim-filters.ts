// Filtering the claims list by kind, tag and source. The briefing can use the same filtered list. Only real
// claims (accepted or verified) are listed and counted: suggestions waiting for a decision, and rejected
// ones, are claim records too but live in the Suggestions list.
import { isCitableClaim } from '../../../core/briefing/citable-claims';
import type { Claim } from '../../../core/model/records';
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

export function filterClaims(claims: Claim[], filters: ClaimFilters, openSourceId: string | null): Claim[] {
  return claims.filter(
    (c) =>
      isListedClaim(c) &&
      (filters.kind === 'all' || c.kind === filters.kind) &&
      (filters.tagId === 'all' || c.tagIds.includes(filters.tagId)) &&
      (filters.source === 'all' || c.sourceId === openSourceId),
  );
}
