// "Timeline": dated claims in date order (start date, then end date; claims without a date last), each
// the period at its precision, then the statement and its citation.
import { formatDate } from '../format-claim';
import { compareText, text, type SectionContext } from './section-context';
import type { Section } from '../document/briefing-document';
import type { Claim } from '../../model/records';

export const TIMELINE_HEADING = 'Timeline';

export function composeTimeline(claims: readonly Claim[], ctx: SectionContext): Section {
  const dated = claims
    .filter((claim) => claim.kind === 'date')
    .map((claim, order) => ({ claim, order }))
    .sort((a, b) => compareDates(a.claim, b.claim) || a.order - b.order)
    .map(({ claim }) => claim);
  const blocks: Section['blocks'] =
    dated.length === 0
      ? [{ type: 'paragraph', content: [text('No dates among the cited claims.')] }]
      : [
          {
            type: 'list',
            items: dated.map((claim) => [
              text(`${formatDate(claim.fields)}: ${ctx.statement(claim)} `),
              ctx.cite(claim),
            ]),
          },
        ];
  return { kind: 'timeline', heading: TIMELINE_HEADING, blocks };
}

function compareDates(a: Claim, b: Claim): number {
  const key = (claim: Claim) => claim.fields.startDate?.trim() || claim.fields.endDate?.trim() || '\uffff';
  const endKey = (claim: Claim) => claim.fields.endDate?.trim() || key(claim);
  return compareText(key(a), key(b)) || compareText(endKey(a), endKey(b));
}
