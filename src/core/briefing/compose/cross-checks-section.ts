// "Cross-checks": corroborations, conflicts and sums found among the claims, each in words followed by
// the citations of the claims it rests on ("£2.7m and £8.52m add up to the £11.22m total [1][2][3]").
// The findings come from the cross-check rules (core/crosscheck) through this minimal type, so this module
// does not depend on how they are found; a finding that rests on a claim the briefing cannot cite is left out.
import { text, type SectionContext } from './section-context';
import type { Inlines, Section } from '../document/briefing-document';
import type { Claim } from '../../model/records';

export type CrossCheckFinding = {
  kind: 'sum' | 'corroboration' | 'conflict';
  /** The claims it rests on, cited in this order. */
  claimIds: string[];
  /** The finding in words, without citations. */
  text: string;
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
    for (const finding of findings.filter((f) => f.kind === kind)) {
      const claims = finding.claimIds.map((id) => claimsById.get(id));
      if (claims.length === 0 || claims.some((claim) => claim === undefined)) continue;
      items.push([text(`${finding.text.replace(/\s+/g, ' ').trim()} `), ...claims.map((c) => ctx.cite(c!))]);
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
