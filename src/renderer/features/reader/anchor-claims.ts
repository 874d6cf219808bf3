// Places a source's claims in its current text with the core anchoring (exact position, else fuzzy quote
// match). Claims that cannot be placed are returned as orphans, to be listed, never dropped.
import { anchorTarget } from '../../../core/anchoring/anchor-target';
import type { Claim } from '../../../core/model/records';

export type PlacedClaim = { claim: Claim; start: number; end: number };
export type AnchoredClaims = { placed: PlacedClaim[]; orphans: Claim[] };

export function anchorClaims(text: string, claims: Claim[]): AnchoredClaims {
  const placed: PlacedClaim[] = [];
  const orphans: Claim[] = [];
  for (const claim of claims) {
    // A claim orphaned by a merge is listed as one: its selectors describe a text that is gone.
    const found = claim.target.orphaned ? null : anchorTarget(text, claim.target.selector);
    if (found && found.end > found.start) placed.push({ claim, start: found.start, end: found.end });
    else orphans.push(claim);
  }
  return { placed, orphans };
}
