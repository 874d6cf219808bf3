// Claim targets placed in a text as two columns of numbers (start and end, -1 for a target that cannot be
// placed): the answer the anchoring worker sends back, cheap to pass between threads, and the same rule
// run in place where there are no workers.
import type { ClaimTarget } from '../../../core/model/records';
import { anchorClaims } from './anchor-claims';

export type AnchorableTarget = Pick<ClaimTarget, 'selector' | 'orphaned'>;
export type PlacedTargets = { starts: Int32Array; ends: Int32Array };

export function placeTargets(text: string, targets: readonly AnchorableTarget[]): PlacedTargets {
  const starts = new Int32Array(targets.length).fill(-1);
  const ends = new Int32Array(targets.length).fill(-1);
  const indexed = targets.map((target, index) => ({ target, index }));
  for (const { claim, start, end } of anchorClaims(text, indexed).placed) {
    starts[claim.index] = start;
    ends[claim.index] = end;
  }
  return { starts, ends };
}
