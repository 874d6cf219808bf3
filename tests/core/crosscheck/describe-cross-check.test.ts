import { describe, expect, it } from 'vitest';
import { crossCheckBadges } from '../../../src/core/crosscheck/cross-check-badges';
import {
  describeConflict,
  describeCorroboration,
  describeSum,
} from '../../../src/core/crosscheck/describe-cross-check';
import { findCrossChecks } from '../../../src/core/crosscheck/find-cross-checks';
import { claimOn, figureOn, textSource } from './crosscheck-builders';

const a = textSource('a', 'NAAS: £11.22m in all, £8.52m to companies, £2.7 m to LAs; founded October 2014.');
const b = textSource('b', 'NAAS: £8,520,000 to companies and £12m in all; founded 14 October 2014.');

describe('cross-checks in words', () => {
  const claims = [
    figureOn(a, '£11.22m', 11_220_000, 'GBP', { tagIds: ['total'] }),
    figureOn(a, '£8.52m', 8_520_000, 'GBP'),
    figureOn(a, '£2.7 m', 2_700_000, 'GBP'),
    figureOn(b, '£8,520,000', 8_520_000, 'GBP'),
    figureOn(b, '£12m', 12_000_000, 'GBP', { tagIds: ['total'] }),
    claimOn(a, 'October 2014', 'date', { startDate: '2014-10-01', endDate: '2014-10-31' }),
    claimOn(b, '14 October 2014', 'date', { startDate: '2014-10-14', endDate: '2014-10-14' }),
  ];
  const checks = findCrossChecks(claims, [a, b]);
  const tags = new Map([['total', { name: 'NAAS total' }]]);

  it('says which sources agree, as they wrote it', () => {
    expect(checks.corroborations.map(describeCorroboration)).toEqual([
      '2 sources agree: £8.52m and £8,520,000',
      '2 sources agree: October 2014 and 14 October 2014',
    ]);
  });

  it('says where sources differ, naming the shared tag', () => {
    expect(checks.conflicts.map((c) => describeConflict(c, tags))).toEqual([
      'On NAAS total, £11.22m differs from £12m',
    ]);
    const stance = textSource('s', 'Barnardo’s opposes profit. Barnardo’s backs profit.');
    const positions = [
      claimOn(stance, 'Barnardo’s opposes', 'stance', {
        actor: 'Barnardo’s',
        stance: 'oppose',
        topic: 'profit',
      }),
      claimOn(stance, 'Barnardo’s backs', 'stance', {
        actor: 'Barnardo’s',
        stance: 'support',
        topic: 'profit',
      }),
    ];
    const [conflict] = findCrossChecks(positions, [stance]).conflicts;
    expect(describeConflict(conflict!)).toBe('Barnardo’s supports profit but opposes profit');
  });

  it('says what adds up, and by how much a marked total does not', () => {
    expect(checks.sums.map(describeSum)).toEqual(['£8.52m and £2.7 m add up to the £11.22m total']);
    const marked = { ...claims[4]!, fields: { ...claims[4]!.fields, totalOf: [claims[3]!.id] } };
    const [sum] = findCrossChecks([marked, claims[3]!], [b]).sums;
    expect(describeSum(sum!)).toBe(
      '£8,520,000 do not add up to the £12m total: they make £8,520,000, £3,480,000 less',
    );
  });

  it('badges each claim with what it takes part in', () => {
    const badges = crossCheckBadges(checks);
    expect(badges.get(claims[0]!.id)).toEqual(['conflict', 'sum']);
    expect(badges.get(claims[1]!.id)).toEqual(['corroborated', 'sum']);
    expect(badges.get(claims[2]!.id)).toEqual(['sum']);
    expect(badges.get(claims[3]!.id)).toEqual(['corroborated']);
    expect(badges.get(claims[5]!.id)).toEqual(['corroborated']);
  });
});
