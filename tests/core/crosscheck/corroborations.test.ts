import { describe, expect, it } from 'vitest';
import { findCrossChecks } from '../../../src/core/crosscheck/find-cross-checks';
import { claimOn, figureOn, textSource } from './crosscheck-builders';

const a = textSource('a', 'Report A: £8.52m went to companies; 16% of councils; 300 councils; about £8m.');
const b = textSource(
  'b',
  'Report B: £8,520,000 to companies, and £8.5m and 16.4% and 285 councils and £8.4m.',
);
const c = textSource('c', 'Report C: £8.53m and £7.6m.');

describe('corroboration', () => {
  it('groups equal figures of two or more sources, at the coarser precision', () => {
    const claims = [
      figureOn(a, '£8.52m', 8_520_000, 'GBP'),
      figureOn(b, '£8,520,000', 8_520_000, 'GBP'),
      figureOn(c, '£8.53m', 8_530_000, 'GBP'),
    ];
    const { corroborations } = findCrossChecks(claims, [a, b, c]);
    expect(corroborations).toHaveLength(1);
    expect(corroborations[0]).toMatchObject({
      kind: 'figure',
      unit: 'GBP',
      claimIds: [claims[0]!.id, claims[1]!.id],
      sourceIds: ['a', 'b'],
    });
  });

  it('needs two sources: one source repeating itself corroborates nothing', () => {
    const claims = [figureOn(a, '£8.52m', 8_520_000, 'GBP'), figureOn(b, '£8,520,000', 8_520_000, 'GBP')];
    const repeated = [claims[0]!, { ...claims[1]!, sourceId: 'a' }];
    expect(findCrossChecks(repeated, [a, b]).corroborations).toEqual([]);
  });

  it('percentages and counts corroborate at their precision; an exact 300 is not 285', () => {
    const claims = [
      figureOn(a, '16%', 16, 'percent'),
      figureOn(b, '16.4%', 16.4, 'percent'),
      figureOn(a, '300 councils', 300, 'count'),
      figureOn(b, '285 councils', 285, 'count'),
    ];
    const found = findCrossChecks(claims, [a, b]).corroborations;
    expect(found.map((g) => g.claimIds)).toEqual([[claims[0]!.id, claims[1]!.id]]);
  });

  it('groups around the most precise figure, so a vague one cannot chain two others', () => {
    const claims = [
      figureOn(a, 'about £8m', 8e6, 'GBP', { approximate: true }),
      figureOn(b, '£8.4m', 8.4e6, 'GBP'),
      figureOn(c, '£7.6m', 7.6e6, 'GBP'),
    ];
    const found = findCrossChecks(claims, [a, b, c]).corroborations;
    // £8.4m and £7.6m lead groups of their own (they disagree); about £8m joins the first it agrees
    // with, so £8.4m and £7.6m are never said to corroborate each other through it
    expect(found).toHaveLength(1);
    expect([...found[0]!.claimIds].sort()).toEqual([claims[0]!.id, claims[1]!.id].sort());
  });

  it('leaves out figures whose tags show they are about different things', () => {
    const claims = [
      figureOn(a, '£8.52m', 8_520_000, 'GBP', { tagIds: ['naas'] }),
      figureOn(b, '£8,520,000', 8_520_000, 'GBP', { tagIds: ['trusts'] }),
    ];
    expect(findCrossChecks(claims, [a, b]).corroborations).toEqual([]);
    const untagged = [claims[0]!, { ...claims[1]!, tagIds: [] }];
    expect(findCrossChecks(untagged, [a, b]).corroborations).toHaveLength(1);
  });

  it('checks only citable claims of live sources', () => {
    const claims = [figureOn(a, '£8.52m', 8_520_000, 'GBP'), figureOn(b, '£8,520,000', 8_520_000, 'GBP')];
    const suggested = [claims[0]!, { ...claims[1]!, status: 'suggested' as const }];
    expect(findCrossChecks(suggested, [a, b]).corroborations).toEqual([]);
    expect(findCrossChecks(claims, [a, { ...b, deleted: true }]).corroborations).toEqual([]);
    expect(findCrossChecks(claims, [a]).corroborations).toEqual([]);
  });

  it('corroborates dates at the coarser grain', () => {
    const s1 = textSource('d1', 'The trust was established in October 2014.');
    const s2 = textSource('d2', 'The trust opened on 14 October 2014 and closed in 2016.');
    const claims = [
      claimOn(s1, 'October 2014', 'date', {
        startDate: '2014-10-01',
        endDate: '2014-10-31',
        precision: 'month',
      }),
      claimOn(s2, '14 October 2014', 'date', { startDate: '2014-10-14', endDate: '2014-10-14' }),
      claimOn(s2, '2016', 'date', { startDate: '2016-01-01', endDate: '2016-12-31' }),
    ];
    const found = findCrossChecks(claims, [s1, s2]).corroborations;
    expect(found).toEqual([
      expect.objectContaining({ kind: 'date', claimIds: [claims[0]!.id, claims[1]!.id] }),
    ]);
  });
});
