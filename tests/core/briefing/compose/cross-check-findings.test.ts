// How a briefing prints cross-checks, on made-up claims: a conflict of two claims prints as a pair always
// has; a group of many prints once, each distinct value with its own citations (at most three, then "and
// K more"), values in order; corroborations likewise; one actor's quarrel once with both sides.
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../../../src/core/briefing/compose-briefing';
import { CITATIONS_PER_VALUE } from '../../../../src/core/briefing/compose/finding-runs';
import type { Claim, Source, Tag } from '../../../../src/core/model/records';
import { claimOn, figureOn, textSource } from '../../crosscheck/crosscheck-builders';

const T0 = '2026-01-01T09:00:00.000Z';
const tag = (id: string, name: string): Tag => ({
  id,
  name,
  parentId: null,
  colour: '#336699',
  description: '',
  updatedAt: T0,
  updatedBy: 'r',
  deleted: false,
});
const TAGS = [tag('naas', 'NAAS funding'), tag('opened', 'opening')];
const naas = { tagIds: ['naas'] };

/** The Cross-checks section's items as plain lines, citations as [n]. */
function crossCheckLines(claims: Claim[], sources: Source[]): string[] {
  const doc = composeBriefing({
    title: 'T',
    sections: ['cross-checks'],
    claims,
    sources,
    tags: TAGS,
    style: 'harvard',
    generatedAt: T0,
  });
  const block = doc.sections[0]!.blocks[0]!;
  if (block.type !== 'list') return [];
  return block.items.map((item) => item.map((p) => (p.type === 'cite' ? `[${p.n}]` : p.text)).join(''));
}

const sources = Array.from({ length: 8 }, (_, i) =>
  textSource(
    `s${i}`,
    `Source ${i}: NAAS costs £8.52m, or £8,520,000, or £7.10m, or £9.30m. Opened 2014 or 2015.`,
  ),
);

describe('the Cross-checks section at scale', () => {
  it('prints a conflict of two claims as the pair it is', () => {
    const claims = [
      figureOn(sources[0]!, '£8.52m', 8_520_000, 'GBP', naas),
      figureOn(sources[1]!, '£9.30m', 9_300_000, 'GBP', naas),
    ];
    expect(crossCheckLines(claims, sources)).toEqual(['On NAAS funding, £8.52m differs from £9.30m [1][2]']);
  });

  it('prints a group once: each value in order, cited at most three times, the rest counted', () => {
    const claims = [
      figureOn(sources[0]!, '£9.30m', 9_300_000, 'GBP', naas),
      ...[1, 2, 3, 4, 5].map((i) => figureOn(sources[i]!, '£8.52m', 8_520_000, 'GBP', naas)),
      figureOn(sources[6]!, '£7.10m', 7_100_000, 'GBP', naas),
    ];
    const lines = crossCheckLines(claims, sources);
    const conflicts = lines.filter((l) => l.includes('differ'));
    // 5 × 2 + 1 pairs of conflicting claims (the five £8.52m agree), one line.
    expect(conflicts).toEqual([
      'On NAAS funding, 7 sources differ: £7.10m [4]; £8.52m [1][2][3] and 2 more; £9.30m [5]',
    ]);
    expect(CITATIONS_PER_VALUE).toBe(3);
    // The five that agree are one corroboration, cited as sparingly (and first: corroborations come first).
    expect(lines.filter((l) => l.includes('give'))).toEqual(['5 sources give £8.52m [1][2][3] and 2 more']);
  });

  it('prints a corroboration of three or more with each way of writing the value cited on its own', () => {
    const claims = [
      figureOn(sources[0]!, '£8.52m', 8_520_000, 'GBP'),
      figureOn(sources[1]!, '£8,520,000', 8_520_000, 'GBP'),
      figureOn(sources[2]!, '£8.52m', 8_520_000, 'GBP'),
    ];
    expect(crossCheckLines(claims, sources)).toEqual(['3 sources agree: £8.52m [1][2] and £8,520,000 [3]']);
    expect(crossCheckLines(claims.slice(0, 2), sources)).toEqual([
      '2 sources agree: £8.52m and £8,520,000 [1][2]',
    ]);
  });

  it('prints dates in date order and an actor’s quarrel once, with both sides', () => {
    const opened = { tagIds: ['opened'] };
    const year = (s: Source, y: string) =>
      claimOn(s, y, 'date', { startDate: `${y}-01-01`, endDate: `${y}-12-31`, precision: 'year' }, opened);
    const q = textSource(
      'q',
      'Ofsted backed school meals. Ofsted backed school meals twice. Ofsted opposed school meals.',
    );
    const stance = (quote: string, position: 'support' | 'oppose') =>
      claimOn(q, quote, 'stance', { actor: 'Ofsted', stance: position, topic: 'school meals' });
    const claims = [
      year(sources[0]!, '2015'),
      year(sources[1]!, '2014'),
      year(sources[2]!, '2015'),
      stance('Ofsted backed school meals.', 'support'),
      stance('Ofsted backed school meals twice', 'support'),
      stance('Ofsted opposed', 'oppose'),
    ];
    const lines = crossCheckLines(claims, [...sources, q]);
    expect(lines.filter((l) => l.includes('differ'))).toEqual([
      'On opening, 3 sources differ: 2014 [3]; 2015 [1][2]',
    ]);
    expect(lines.filter((l) => l.includes('Ofsted'))).toEqual([
      'Ofsted supports school meals [4][5] but opposes school meals [6]',
    ]);
  });
});
