// Filtering a list of claims in memory by kind, tag and source, for the briefing and export dialogs (the
// Claims list asks storage instead: storage/listed-claims, whose tests compare it with this). Only real
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
