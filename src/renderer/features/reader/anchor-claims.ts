// Places a source's claims in its current text with the core anchoring (exact position, else fuzzy quote
// match). Claims that cannot be placed are returned as orphans, to be listed, never dropped. Only a claim's
// target is read, so the anchoring worker can be sent targets alone.
import { anchorTarget } from '../../../core/anchoring/anchor-target';
import type { Claim, ClaimTarget } from '../../../core/model/records';

type Anchorable = { target: Pick<ClaimTarget, 'selector' | 'orphaned'> };
export type PlacedClaim<C extends Anchorable = Claim> = { claim: C; start: number; end: number };
export type AnchoredClaims<C extends Anchorable = Claim> = { placed: PlacedClaim<C>[]; orphans: C[] };

export function anchorClaims<C extends Anchorable>(text: string, claims: readonly C[]): AnchoredClaims<C> {
  const placed: PlacedClaim<C>[] = [];
  const orphans: C[] = [];
  for (const claim of claims) {
    // A claim orphaned by a merge is listed as one: its selectors describe a text that is gone.
    const found = claim.target.orphaned ? null : anchorTarget(text, claim.target.selector);
    if (found && found.end > found.start) placed.push({ claim, start: found.start, end: found.end });
    else orphans.push(claim);
  }
  return { placed, orphans };
}
