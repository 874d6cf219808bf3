// The figures a figure claim can be marked as the total of: the other listed figure claims of the same
// source (a total and its parts are stated together), in the order they appear there, each named by its
// passage and parsed value. Cross-checks then say whether the marked parts add up.
import { isCitableClaim } from '../../../core/briefing/citable-claims';
import type { Claim } from '../../../core/model/records';
import { describeClaimValue } from './describe-claim-value';

export type TotalChoice = { id: string; label: string };

export function listTotalChoices(claims: readonly Claim[], sourceId: string, ownId?: string): TotalChoice[] {
  return claims
    .filter((c) => c.kind === 'figure' && c.sourceId === sourceId && c.id !== ownId && isCitableClaim(c))
    .sort((a, b) => a.target.selector[1].start - b.target.selector[1].start)
    .map((c) => ({ id: c.id, label: describeClaimValue(c) || c.target.selector[0].exact.slice(0, 60) }));
}
