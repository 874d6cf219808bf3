// A conflict group as the Cross-checks tab lists it, on made-up claims: its distinct values in order,
// each with the claims (and their sources) that give it; a group of a single pair keeps that pair; one
// actor's positions read support first, then opposition.
import { describe, expect, it } from 'vitest';
import { summariseConflictGroup } from '../../../src/core/crosscheck/conflict-group-summary';
import { findCrossChecks, findGroupedCrossChecks } from '../../../src/core/crosscheck/find-cross-checks';
import type { Claim, Source } from '../../../src/core/model/records';

const summaries = (claims: Claim[], sources: Source[]) =>
  findGroupedCrossChecks(claims, sources).conflictGroups.map(summariseConflictGroup);
import { claimOn, figureOn, textSource } from './crosscheck-builders';

const [a, b, c, d] = [
  textSource('a', 'A: NAAS costs £9.30m, 40% of staff.'),
  textSource('b', 'B: NAAS costs £8.52m, 55% of staff.'),
  textSource('c', 'C: NAAS costs £8.52m.'),
  textSource('d', 'D: NAAS costs £7.10m.'),
];
const naas = { tagIds: ['naas'] };

describe('conflict group summaries', () => {
  it('list a group’s distinct values, smallest first, with the claims that give each', () => {
    const figures = [
      figureOn(a, '£9.30m', 9_300_000, 'GBP', naas),
      figureOn(b, '£8.52m', 8_520_000, 'GBP', naas),
      figureOn(c, '£8.52m', 8_520_000, 'GBP', naas),
      figureOn(d, '£7.10m', 7_100_000, 'GBP', naas),
      figureOn(a, '40%', 40, 'percent', naas),
      figureOn(b, '55%', 55, 'percent', naas),
    ];
    const { conflicts } = findCrossChecks(figures, [a, b, c, d]);
    const [pounds, percent] = summaries(figures, [a, b, c, d]);
    expect(pounds).toMatchObject({ kind: 'figure', tagId: 'naas', unit: 'GBP', sourceCount: 4, pair: null });
    expect(pounds!.pairCount).toBe(5);
    expect([...pounds!.claimIds].sort()).toEqual(
      figures
        .slice(0, 4)
        .map((f) => f.id)
        .sort(),
    );
    expect(pounds!.values).toEqual([
      { words: '£7.10m', claims: [{ claimId: figures[3]!.id, sourceId: 'd' }] },
      {
        words: '£8.52m',
        claims: [
          { claimId: figures[1]!.id, sourceId: 'b' },
          { claimId: figures[2]!.id, sourceId: 'c' },
        ],
      },
      { words: '£9.30m', claims: [{ claimId: figures[0]!.id, sourceId: 'a' }] },
    ]);
    expect(percent).toMatchObject({ unit: 'percent', pairCount: 1 });
    expect(percent!.pair).toEqual(conflicts.find((x) => x.kind === 'figure' && x.unit === 'percent'));
  });

  it('word an actor’s positions support first, each topic once', () => {
    const s = textSource('t', 'X backed A. X backed A again. X opposed A.');
    const stance = (quote: string, position: 'support' | 'oppose') =>
      claimOn(s, quote, 'stance', { actor: 'X', stance: position, topic: 'school meals' });
    const claims = [
      stance('X opposed A', 'oppose'),
      stance('X backed A.', 'support'),
      stance('X backed A again', 'support'),
    ];
    const [group] = summaries(claims, [s]);
    expect(group).toMatchObject({ kind: 'stance', actor: 'X', tagId: '', unit: null, pair: null });
    expect(group!.values.map((v) => [v.words, v.claims.length])).toEqual([
      ['supports school meals', 2],
      ['opposes school meals', 1],
    ]);
  });
});
