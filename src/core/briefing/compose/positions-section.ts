// "Positions": a matrix of actors (rows) by topics (columns) from the stance claims; each cell holds the
// actor's position on that topic with its citation, several claims one after another. Actors and topics
// are matched as written, ignoring case and spacing, and shown as first written.
import { describeStance } from '../../model/claim-labels';
import { compareText, text, type SectionContext } from './section-context';
import type { Inlines, Section } from '../document/briefing-document';
import type { Claim } from '../../model/records';

export const POSITIONS_HEADING = 'Positions';
const NO_TOPIC = '(no topic)';
const UNNAMED = 'Unnamed actor';

export function composePositions(claims: readonly Claim[], ctx: SectionContext): Section {
  const stances = claims.filter((claim) => claim.kind === 'stance');
  if (stances.length === 0) {
    return {
      kind: 'positions',
      heading: POSITIONS_HEADING,
      blocks: [{ type: 'paragraph', content: [text('No positions among the cited claims.')] }],
    };
  }
  const actors = collectNames(stances.map(actorOf));
  const topics = collectNames(stances.map(topicOf));
  // Each cell's claims, in the order given, found once by actor and topic rather than per cell.
  const byCell = new Map<string, Map<string, Claim[]>>();
  for (const claim of stances) {
    const actorKey = keyOf(actorOf(claim));
    const topicKey = keyOf(topicOf(claim));
    const row = byCell.get(actorKey) ?? byCell.set(actorKey, new Map()).get(actorKey)!;
    const cell = row.get(topicKey);
    if (cell) cell.push(claim);
    else row.set(topicKey, [claim]);
  }
  const rows: Inlines[][] = [...actors.entries()].map(([actorKey, actor]) => {
    const cells: Inlines[] = [[text(actor)]];
    for (const topicKey of topics.keys()) {
      const cell: Inlines = [];
      for (const claim of byCell.get(actorKey)?.get(topicKey) ?? []) {
        if (cell.length > 0) cell.push(text('; '));
        cell.push(text(`${describeStance(claim.fields.stance)} `), ctx.cite(claim));
      }
      cells.push(cell);
    }
    return cells;
  });
  return {
    kind: 'positions',
    heading: POSITIONS_HEADING,
    blocks: [
      {
        type: 'table',
        caption: 'Positions of actors on topics',
        header: ['Actor', ...topics.values()],
        rows,
      },
    ],
  };
}

const actorOf = (claim: Claim) => claim.fields.actor?.trim() || UNNAMED;
const topicOf = (claim: Claim) => claim.fields.topic?.trim() || NO_TOPIC;

function keyOf(name: string): string {
  return name.replace(/\s+/g, ' ').toLowerCase();
}

/** Distinct names by key, in alphabetical order of key, each shown as first written. */
function collectNames(names: string[]): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const name of names) if (!byKey.has(keyOf(name))) byKey.set(keyOf(name), name.replace(/\s+/g, ' '));
  return new Map([...byKey.entries()].sort((a, b) => compareText(a[0], b[0])));
}
