// Which claims a saved briefing covers: its filter names kinds, tags and sources (each optional; an empty
// or absent list does not narrow), and a claim must match every list given. Which of those a briefing may
// cite at all is decided after, by citable-claims.ts.
import type { Briefing, Claim } from '../model/records';

export type BriefingClaimFilter = Briefing['claimFilter'];

export function applyBriefingFilter(claims: readonly Claim[], filter: BriefingClaimFilter): Claim[] {
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : null;
  const tags = filter.tagIds?.length ? new Set(filter.tagIds) : null;
  const sources = filter.sourceIds?.length ? new Set(filter.sourceIds) : null;
  return claims.filter(
    (claim) =>
      (!kinds || kinds.has(claim.kind)) &&
      (!tags || claim.tagIds.some((id) => tags.has(id))) &&
      (!sources || sources.has(claim.sourceId)),
  );
}

/** Whether the filter narrows anything. */
export function isNarrowing(filter: BriefingClaimFilter): boolean {
  return Boolean(filter.kinds?.length || filter.tagIds?.length || filter.sourceIds?.length);
}
