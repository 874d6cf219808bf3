// Filtering the claims list by kind, tag and source. The briefing can use the same filtered list.
import type { Claim, ClaimKind } from '../../../core/model/records';

export type ClaimFilters = { kind: ClaimKind | 'all'; tagId: string | 'all'; source: 'all' | 'open' };

export const NO_FILTERS: ClaimFilters = { kind: 'all', tagId: 'all', source: 'all' };

export function filterClaims(claims: Claim[], filters: ClaimFilters, openSourceId: string | null): Claim[] {
  return claims.filter(
    (c) =>
      (filters.kind === 'all' || c.kind === filters.kind) &&
      (filters.tagId === 'all' || c.tagIds.includes(filters.tagId)) &&
      (filters.source === 'all' || c.sourceId === openSourceId),
  );
}

export function isFiltered(filters: ClaimFilters): boolean {
  return filters.kind !== 'all' || filters.tagId !== 'all' || filters.source !== 'all';
}
