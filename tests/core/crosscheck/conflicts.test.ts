import { describe, expect, it } from 'vitest';
import { findCrossChecks } from '../../../src/core/crosscheck/find-cross-checks';
import { normaliseActor, sameTopic } from '../../../src/core/crosscheck/stance-conflicts';
import { claimOn, figureOn, textSource } from './crosscheck-builders';

const a = textSource('a', 'A: NAAS costs £8.52m; £2.7m to councils; 40% of staff. Founded October 2014.');
const b = textSource('b', 'B: NAAS costs £8.6m; also £8.5m, 40.2% of staff. Founded 2015, or in 2014.');

describe('conflicts of value', () => {
  it('sets figures of one unit under a shared tag against each other across sources', () => {
    const claims = [
      figureOn(a, '£8.52m', 8_520_000, 'GBP', { tagIds: ['naas'] }),
      figureOn(b, '£8.6m', 8_600_000, 'GBP', { tagIds: ['naas', 'cost'] }),
    ];
    const { conflicts } = findCrossChecks(claims, [a, b]);
    expect(conflicts).toEqual([
      expect.objectContaining({
        kind: 'figure',
        claimIds: [claims[0]!.id, claims[1]!.id],
        tagIds: ['naas'],
        unit: 'GBP',
      }),
    ]);
  });

  it('is no conflict within rounding, within one source, without a shared tag or across units', () => {
    const rounded = [
      figureOn(a, '£8.52m', 8_520_000, 'GBP', { tagIds: ['naas'] }),
      figureOn(b, '£8.5m', 8_500_000, 'GBP', { tagIds: ['naas'] }),
    ];
    expect(findCrossChecks(rounded, [a, b]).conflicts).toEqual([]);
    const oneSource = [
      figureOn(a, '£8.52m', 8_520_000, 'GBP', { tagIds: ['naas'] }),
      figureOn(a, '£2.7m', 2_700_000, 'GBP', { tagIds: ['naas'] }),
    ];
    expect(findCrossChecks(oneSource, [a]).conflicts).toEqual([]);
    const otherTags = [
      figureOn(a, '£8.52m', 8_520_000, 'GBP', { tagIds: ['naas'] }),
      figureOn(b, '£8.6m', 8_600_000, 'GBP', { tagIds: ['trusts'] }),
    ];
    expect(findCrossChecks(otherTags, [a, b]).conflicts).toEqual([]);
    const units = [
      figureOn(a, '40%', 40, 'percent', { tagIds: ['staff'] }),
      figureOn(b, '£8.6m', 8_600_000, 'GBP', { tagIds: ['staff'] }),
    ];
    expect(findCrossChecks(units, [a, b]).conflicts).toEqual([]);
  });

  it('lists a pair sharing several tags once', () => {
    const claims = [
      figureOn(a, '£8.52m', 8_520_000, 'GBP', { tagIds: ['naas', 'cost'] }),
      figureOn(b, '£8.6m', 8_600_000, 'GBP', { tagIds: ['cost', 'naas'] }),
    ];
    const { conflicts } = findCrossChecks(claims, [a, b]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ tagIds: ['naas', 'cost'] });
  });

  it('sets dates under a shared tag against each other when they cannot be the same', () => {
    const founded = { tagIds: ['founded'] };
    const claims = [
      claimOn(a, 'October 2014', 'date', { startDate: '2014-10-01', endDate: '2014-10-31' }, founded),
      claimOn(b, '2015', 'date', { startDate: '2015-01-01', endDate: '2015-12-31' }, founded),
      claimOn(b, '2014', 'date', { startDate: '2014-01-01', endDate: '2014-12-31' }, founded),
    ];
    const { conflicts, corroborations } = findCrossChecks(claims, [a, b]);
    expect(conflicts).toEqual([
      expect.objectContaining({ kind: 'date', claimIds: [claims[0]!.id, claims[1]!.id] }),
    ]);
    expect(corroborations.map((c) => c.claimIds)).toEqual([[claims[0]!.id, claims[2]!.id]]);
  });
});

describe('conflicts of position', () => {
  const s = textSource(
    'st',
    "Barnardo’s warns against profit in child protection. Later Barnardo's backed profits from child protection work. The NSPCC opposed profit in child protection. Barnardos stayed neutral on profit in child protection. Barnardo’s supports more social workers.",
  );
  const stance = (quote: string, actor: string, position: 'support' | 'oppose' | 'neutral', topic: string) =>
    claimOn(s, quote, 'stance', { actor, stance: position, topic });

  it('finds one actor, however written, supporting and opposing the same topic', () => {
    const claims = [
      stance('Barnardo’s warns', 'Barnardo’s', 'oppose', 'profit in child protection'),
      stance("Barnardo's backed", "Barnardo's", 'support', 'profits from child protection work'),
      stance('The NSPCC opposed', 'The NSPCC', 'oppose', 'profit in child protection'),
      stance('Barnardos stayed neutral', 'Barnardos', 'neutral', 'profit in child protection'),
      stance('Barnardo’s supports', 'Barnardo’s', 'support', 'more social workers'),
    ];
    const { conflicts } = findCrossChecks(claims, [s]);
    expect(conflicts).toEqual([
      expect.objectContaining({ kind: 'stance', claimIds: [claims[1]!.id, claims[0]!.id] }),
    ]);
  });

  it('normalises actors and compares topics by content words', () => {
    expect(normaliseActor('The Barnardo’s ')).toBe(normaliseActor('barnardos'));
    expect(normaliseActor('Children England')).not.toBe(normaliseActor('England'));
    expect(sameTopic('profit in child protection', 'Profits from child-protection work')).toBe(true);
    expect(sameTopic('outsourcing children’s services', 'the outsourcing of children services')).toBe(true);
    expect(sameTopic('profit in child protection', 'more social workers')).toBe(false);
    expect(sameTopic('', 'the')).toBe(false);
  });
});
