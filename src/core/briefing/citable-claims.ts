// Which claims a briefing may cite: the researcher's real claims, accepted or verified, and not deleted.
// Suggestions still waiting for a decision and rejected ones are claim records too, but never evidence.
// The app's Claims list, its briefing and `evidence brief` all ask this one question.
import type { Claim } from '../model/records';

/** The statuses of a claim a briefing may cite. */
export const CITABLE_STATUSES = ['accepted', 'verified'] as const;

export function isCitableClaim(claim: Claim): boolean {
  return !claim.deleted && (CITABLE_STATUSES as readonly string[]).includes(claim.status);
}

export function selectCitableClaims(claims: readonly Claim[]): Claim[] {
  return claims.filter(isCitableClaim);
}
