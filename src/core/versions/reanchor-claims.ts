// Moves the claims of a source onto its new version. Each live claim is found again in the new text by its
// quote, prefix, suffix and position (core's anchoring) and becomes a new version of itself on the new
// source: "moved" when the passage reads the same (whitespace aside), "changed" when it was found but
// reads a little differently (the old quote is kept as `previousQuote`, to be checked), "orphaned" when it
// cannot be placed (it keeps its old quote and is listed on the new source, never dropped). Each is
// stamped as a new version, so a merge carries the move to other libraries.
import { anchorTarget } from '../anchoring/anchor-target';
import { describeRange } from '../anchoring/describe-range';
import { foldSpaceOnly } from '../anchoring/normalize-space';
import type { Claim, ClaimTarget, Source } from '../model/records';
import { stampVersion, type Actor } from '../model/version-stamp';

export type Reanchored = {
  /** The new versions of every live claim of the old source, in the order given. */
  claims: Claim[];
  moved: string[];
  changed: string[];
  orphaned: string[];
};

export function reanchorClaims(claims: readonly Claim[], from: Source, to: Source, actor: Actor): Reanchored {
  const result: Reanchored = { claims: [], moved: [], changed: [], orphaned: [] };
  for (const claim of claims) {
    if (claim.deleted || claim.sourceId !== from.id) continue;
    const { target, outcome } = placeOnNewText(claim.target, to);
    result[outcome].push(claim.id);
    result.claims.push({ ...claim, sourceId: to.id, target, ...stampVersion(actor, claim) });
  }
  return result;
}

function placeOnNewText(
  old: ClaimTarget,
  to: Source,
): { target: ClaimTarget; outcome: 'moved' | 'changed' | 'orphaned' } {
  const { orphaned: _orphaned, page: _page, previousQuote, ...rest } = old;
  const found = anchorTarget(to.text, old.selector);
  if (!found || found.end <= found.start)
    return {
      target: { ...rest, source: to.id, orphaned: true, ...keep(previousQuote) },
      outcome: 'orphaned',
    };
  const target: ClaimTarget = {
    ...rest,
    source: to.id,
    selector: describeRange(to.text, found.start, found.end),
  };
  const page = to.pages?.find((p) => p.start <= found.start && found.start < p.end);
  if (page) target.page = page.index;
  const oldQuote = old.selector[0].exact;
  if (sameWords(oldQuote, target.selector[0].exact))
    return { target: { ...target, ...keep(previousQuote) }, outcome: 'moved' };
  // The first wording is what the claim was made on: an earlier change's quote is kept over this one.
  return { target: { ...target, previousQuote: previousQuote ?? oldQuote }, outcome: 'changed' };
}

function keep(previousQuote: string | undefined): { previousQuote?: string } {
  return previousQuote === undefined ? {} : { previousQuote };
}

function sameWords(a: string, b: string): boolean {
  return foldSpaceOnly(a).trim() === foldSpaceOnly(b).trim();
}
