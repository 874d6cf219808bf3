// Closes a merge over validity. When two versions of a source's text meet, the newer text wins the merge,
// and a claim made on the other text may no longer sit at its position. Every such claim is found again in
// the winning text (core's anchoring: the quote with its context, exactly or approximately) and moved
// there, or, when it cannot be found, marked an orphan that keeps its old quote and is listed for the
// researcher, never dropped. The change is a new version of the claim, stamped just after the later of the
// claim and the source that moved it, by whoever wrote that text: replicas that see the same versions
// compute the same moved claim, so they converge. It runs after mergeLibraries (whose laws it leaves
// alone), on the merged library of two valid ones, where only a changed text can unseat a claim.
import { anchorTarget } from '../anchoring/anchor-target';
import { describeRange } from '../anchoring/describe-range';
import type { Claim, ClaimTarget, Library, Source } from '../model/records';
import { EARLIEST_TIMESTAMP, nextTimestamp } from '../model/version-stamp';

export type Reconciled = { library: Library; moved: string[]; orphaned: string[] };

export function reconcileClaims(library: Library): Reconciled {
  const byId = new Map(library.sources.map((s) => [s.id, s]));
  const moved: string[] = [];
  const orphaned: string[] = [];
  const claims = library.claims.map((claim) => {
    const source = byId.get(claim.sourceId);
    if (!source || fits(claim.target, source.text)) return claim;
    const found = anchorTarget(source.text, claim.target.selector);
    if (!found && claim.target.orphaned) return claim; // still an orphan: nothing new to record
    (found ? moved : orphaned).push(claim.id);
    const target = found
      ? placeAt(claim.target, source, found)
      : { ...claim.target, orphaned: true as const };
    return { ...claim, target, ...stampAfter(claim, source) };
  });
  return { library: { ...library, claims }, moved, orphaned };
}

/** Whether the claim's quote is where it says in the text (an orphan never is, until found again). */
function fits(target: ClaimTarget, text: string): boolean {
  if (target.orphaned) return false;
  const [quote, position] = target.selector;
  return position.end <= text.length && text.slice(position.start, position.end) === quote.exact;
}

function placeAt(target: ClaimTarget, source: Source, at: { start: number; end: number }): ClaimTarget {
  const { orphaned: _orphaned, page: _page, ...rest } = target;
  const placed: ClaimTarget = { ...rest, selector: describeRange(source.text, at.start, at.end) };
  const page = source.pages?.find((p) => p.start <= at.start && at.start < p.end);
  if (page) placed.page = page.index;
  return placed;
}

function stampAfter(claim: Claim, source: Source): Pick<Claim, 'updatedAt' | 'updatedBy'> {
  try {
    return {
      updatedAt: nextTimestamp(EARLIEST_TIMESTAMP, claim.updatedAt, source.updatedAt),
      updatedBy: source.updatedBy,
    };
  } catch {
    // Already stamped at the very end of the times a library can record: keep the stamp.
    return { updatedAt: claim.updatedAt, updatedBy: claim.updatedBy };
  }
}
