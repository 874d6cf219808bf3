// "Cross-checks": corroborations, conflicts and sums found among the claims, each in words followed by
// the citations of the claims it rests on ("£2.7m and £8.52m add up to the £11.22m total [1][2][3]"); a
// finding of many claims is printed in runs, each value followed by its own citations (finding-runs.ts).
// The findings come from the cross-check rules (core/crosscheck) through this minimal type, so this module
// does not depend on how they are found; a finding that rests on a claim the briefing cannot cite is left out.
import { text, type SectionContext } from './section-context';
import type { Inlines, Section } from '../document/briefing-document';
import type { Claim } from '../../model/records';
import type { FindingRun } from './finding-runs';

export type CrossCheckFinding = {
  kind: 'sum' | 'corroboration' | 'conflict';
  /** The claims it rests on, cited in this order. */
  claimIds: string[];
  /** The finding in words, without citations. */
  text: string;
  /** When given, printed instead of `text` and `claimIds`: words, each followed by its own citations. */
  runs?: FindingRun[];
};

export const CROSS_CHECKS_HEADING = 'Cross-checks';
const ORDER: CrossCheckFinding['kind'][] = ['sum', 'corroboration', 'conflict'];

export function composeCrossChecks(
  findings: readonly CrossCheckFinding[],
  claimsById: ReadonlyMap<string, Claim>,
  ctx: SectionContext,
): Section {
  const items: Inlines[] = [];
  for (const kind of ORDER) {
    for (const finding of findings) {
      if (finding.kind !== kind) continue;
      const runs = finding.runs ?? [{ text: finding.text, claimIds: finding.claimIds, more: 0 }];
      const item = composeRuns(runs, claimsById, ctx);
      if (item) items.push(item);
    }
  }
  const blocks: Section['blocks'] =
    items.length === 0
      ? [
          {
            type: 'paragraph',
            content: [text('No corroborations, conflicts or sums among the cited claims.')],
          },
        ]
      : [{ type: 'list', items }];
  return { kind: 'cross-checks', heading: CROSS_CHECKS_HEADING, blocks };
}

/** The runs as one item, or null when one of its claims cannot be cited (or it cites none). */
function composeRuns(
  runs: readonly FindingRun[],
  claimsById: ReadonlyMap<string, Claim>,
  ctx: SectionContext,
): Inlines | null {
  const claims: Claim[][] = [];
  for (const run of runs) {
    const cited: Claim[] = [];
    for (const id of run.claimIds) {
      const claim = claimsById.get(id);
      if (!claim) return null;
      cited.push(claim);
    }
    claims.push(cited);
  }
  if (claims.every((cited) => cited.length === 0)) return null;
  const item: Inlines = [];
  runs.forEach((run, i) => {
    const words = run.text.replace(/\s+/g, ' ');
    item.push(text(`${i === 0 ? words.trimStart() : words}`.trimEnd() + ' '));
    for (const claim of claims[i]!) item.push(ctx.cite(claim));
    if (run.more > 0) item.push(text(` and ${run.more} more`));
  });
  return item;
}
