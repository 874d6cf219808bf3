// "Quotes": the quote claims, each the passage in quotation marks followed by its citation.
import { text, type SectionContext } from './section-context';
import type { Section } from '../document/briefing-document';
import type { Claim } from '../../model/records';

export const QUOTES_HEADING = 'Quotes';

export function composeQuotes(claims: readonly Claim[], ctx: SectionContext): Section {
  const quotes = claims.filter((claim) => claim.kind === 'quote');
  const blocks: Section['blocks'] =
    quotes.length === 0
      ? [{ type: 'paragraph', content: [text('No quotes among the cited claims.')] }]
      : [
          {
            type: 'list',
            items: quotes.map((claim) => [
              text(`“${claim.target.selector[0].exact.replace(/\s+/g, ' ').trim()}” `),
              ctx.cite(claim),
            ]),
          },
        ];
  return { kind: 'quotes', heading: QUOTES_HEADING, blocks };
}
