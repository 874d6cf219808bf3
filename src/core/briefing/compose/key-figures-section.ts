// "Key figures": one table row per figure claim: the figure as recorded (value and unit), the statement
// it comes from, and its citation.
import { formatFigure } from '../format-claim';
import { text, type SectionContext } from './section-context';
import type { Section } from '../document/briefing-document';
import type { Claim } from '../../model/records';

export const KEY_FIGURES_HEADING = 'Key figures';

export function composeKeyFigures(claims: readonly Claim[], ctx: SectionContext): Section {
  const figures = claims.filter((claim) => claim.kind === 'figure');
  const blocks: Section['blocks'] =
    figures.length === 0
      ? [{ type: 'paragraph', content: [text('No figures among the cited claims.')] }]
      : [
          {
            type: 'table',
            caption: KEY_FIGURES_HEADING,
            header: ['Figure', 'Statement', 'Source'],
            rows: figures.map((claim) => [
              [text(formatFigure(claim.fields))],
              [text(ctx.statement(claim))],
              [ctx.cite(claim)],
            ]),
          },
        ];
  return { kind: 'key-figures', heading: KEY_FIGURES_HEADING, blocks };
}
