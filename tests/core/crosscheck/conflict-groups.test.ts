// The grouping rule for conflicts, on made-up claims: the claims under one tag, of one kind and unit,
// that disagree form one group, each claim once; another tag or unit is another group; one actor's
// positions form as many groups as it has separate quarrels, however the actor's name is written.
import { describe, expect, it } from 'vitest';
import { findCrossChecks, findGroupedCrossChecks } from '../../../src/core/crosscheck/find-cross-checks';
import { claimOn, figureOn, textSource } from './crosscheck-builders';

const say = (id: string, text: string) => textSource(id, text);
const [a, b, c, d] = [
  say('a', 'A: NAAS costs £7.10m, 40% of staff. Opened 2014.'),
  say('b', 'B: NAAS costs £8.52m, 55% of staff. Opened 2015.'),
  say('c', 'C: NAAS costs £8.52m. Opened March 2016.'),
  say('d', 'D: NAAS costs £9.30m. Opened 2014.'),
];
const naas = { tagIds: ['naas'] };

describe('conflict groups', () => {
  it('gathers the disagreeing figures under one tag and unit into one group, each claim once', () => {
    const figures = [
      figureOn(a, '£7.10m', 7_100_000, 'GBP', naas),
      figureOn(b, '£8.52m', 8_520_000, 'GBP', naas),
      figureOn(c, '£8.52m', 8_520_000, 'GBP', naas),
      figureOn(d, '£9.30m', 9_300_000, 'GBP', naas),
      figureOn(a, '40%', 40, 'percent', naas),
      figureOn(b, '55%', 55, 'percent', naas),
    ];
    const { conflicts } = findCrossChecks(figures, [a, b, c, d]);
    expect(conflicts).toHaveLength(6); // five pairs of pounds (b and c agree), one of percentages
    const groups = findGroupedCrossChecks(figures, [a, b, c, d]).conflictGroups;
    expect(groups).toHaveLength(2);
    const [pounds, percent] = groups;
    expect(pounds).toMatchObject({ kind: 'figure', tagId: 'naas', unit: 'GBP' });
    expect(pounds).toMatchObject({ pairCount: 5, onlyPair: null });
    expect(pounds!.kind === 'figure' && pounds!.figures.map((f) => f.claimId)).toEqual(
      figures.slice(0, 4).map((f) => f.id),
    );
    expect(percent).toMatchObject({ kind: 'figure', unit: 'percent' });
    expect(percent).toMatchObject({
      pairCount: 1,
      onlyPair: conflicts.find((x) => x.kind === 'figure' && x.unit === 'percent'),
    });
  });

  it('keeps each tag its own group, and dates apart from figures', () => {
    const claims = [
      figureOn(a, '£7.10m', 7_100_000, 'GBP', naas),
      figureOn(b, '£8.52m', 8_520_000, 'GBP', naas),
      figureOn(c, '£8.52m', 8_520_000, 'GBP', { tagIds: ['cost'] }),
      figureOn(d, '£9.30m', 9_300_000, 'GBP', { tagIds: ['cost'] }),
      claimOn(a, '2014', 'date', { startDate: '2014-01-01', endDate: '2014-12-31' }, naas),
      claimOn(b, '2015', 'date', { startDate: '2015-01-01', endDate: '2015-12-31' }, naas),
      claimOn(c, 'March 2016', 'date', { startDate: '2016-03-01', endDate: '2016-03-31' }, naas),
    ];
    const groups = findGroupedCrossChecks(claims, [a, b, c, d]).conflictGroups;
    expect(groups.map((g) => [g.kind, 'tagId' in g ? g.tagId : '', g.pairCount])).toEqual([
      ['figure', 'naas', 1],
      ['figure', 'cost', 1],
      ['date', 'naas', 3],
    ]);
    const dates = groups[2]!;
    expect(dates.kind === 'date' && dates.dates.map((x) => x.claimId)).toEqual(
      claims.slice(4).map((x) => x.id),
    );
  });

  it('splits one actor’s positions into its separate quarrels, however the name is written', () => {
    const s = say(
      's',
      'Barnardo’s opposed profit in care. Barnardos backed profits in care. The Barnardo’s chief backed more social workers. Barnardo’s opposed more social workers. The NSPCC backed profit in care. NSPCC opposed profit in care.',
    );
    const stance = (quote: string, actor: string, position: 'support' | 'oppose', topic: string) =>
      claimOn(s, quote, 'stance', { actor, stance: position, topic });
    const claims = [
      stance('Barnardo’s opposed profit', 'Barnardo’s', 'oppose', 'profit in care'),
      stance('Barnardos backed', 'Barnardos', 'support', 'profits in care'),
      stance('chief backed', 'The Barnardo’s', 'support', 'more social workers'),
      stance('Barnardo’s opposed more', 'Barnardo’s', 'oppose', 'more social workers'),
      stance('The NSPCC backed', 'The NSPCC', 'support', 'profit in care'),
      stance('NSPCC opposed', 'NSPCC', 'oppose', 'profit in care'),
    ];
    const { conflicts } = findCrossChecks(claims, [s]);
    expect(conflicts).toHaveLength(3);
    const groups = findGroupedCrossChecks(claims, [s]).conflictGroups;
    const claimSets = groups.map((g) => (g.kind === 'stance' ? g.stances.map((x) => x.claimId).sort() : []));
    expect(claimSets).toEqual(
      expect.arrayContaining([
        [claims[0]!.id, claims[1]!.id].sort(),
        [claims[2]!.id, claims[3]!.id].sort(),
        [claims[4]!.id, claims[5]!.id].sort(),
      ]),
    );
    expect(groups).toHaveLength(3);
    expect(groups.map((g) => g.onlyPair)).toEqual(expect.arrayContaining(conflicts));
  });

  it('joins an actor’s pairs that share a claim into one group', () => {
    const s = say('t', 'X backed A. X backed A again. X opposed A. X opposed A firmly.');
    const stance = (quote: string, position: 'support' | 'oppose') =>
      claimOn(s, quote, 'stance', { actor: 'X', stance: position, topic: 'school meals' });
    const claims = [
      stance('X backed A.', 'support'),
      stance('X backed A again', 'support'),
      stance('X opposed A.', 'oppose'),
      stance('X opposed A firmly', 'oppose'),
    ];
    const groups = findGroupedCrossChecks(claims, [s]).conflictGroups;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ pairCount: 4, onlyPair: null });
    expect(groups[0]!.kind === 'stance' && groups[0]!.stances).toHaveLength(4);
  });

  it('is nothing for no conflicts', () => {
    expect(findGroupedCrossChecks([], []).conflictGroups).toEqual([]);
  });
});
