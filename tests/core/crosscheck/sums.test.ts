import { describe, expect, it } from 'vitest';
import { findCrossChecks } from '../../../src/core/crosscheck/find-cross-checks';
import { readFigure } from '../../../src/core/crosscheck/read-figure';
import { findSums, type SearchTally } from '../../../src/core/crosscheck/sums';
import { figureOn, textSource } from './crosscheck-builders';

const naas = textSource(
  'naas',
  'Is this £11.22m committed to NAAS well spent? (£8.52m of it to the private sector and only £2.7 m to LAs.)',
);

describe('found sums', () => {
  it('finds the total that two figures of its source make, at its stated precision', () => {
    const total = figureOn(naas, '£11.22m', 11_220_000, 'GBP');
    const parts = [figureOn(naas, '£8.52m', 8_520_000, 'GBP'), figureOn(naas, '£2.7 m', 2_700_000, 'GBP')];
    const { sums } = findCrossChecks([total, ...parts], [naas]);
    expect(sums).toEqual([
      expect.objectContaining({
        claimIds: [total.id, parts[0]!.id, parts[1]!.id],
        addsUp: true,
        difference: 0,
        marked: false,
        unit: 'GBP',
      }),
    ]);
    expect(sums[0]!.parts.map((p) => p.written)).toEqual(['£8.52m', '£2.7 m']);
  });

  it('rounds the parts to the total, not the other way round', () => {
    const s = textSource('r', 'A total of £11.2m: £8.52m and £2.7m. Another of £11.25m: £8.5m and £2.7m.');
    const claims = [
      figureOn(s, '£11.2m', 11_200_000, 'GBP'),
      figureOn(s, '£8.52m', 8_520_000, 'GBP'),
      figureOn(s, '£2.7m', 2_700_000, 'GBP'),
    ];
    expect(findCrossChecks(claims, [s]).sums).toHaveLength(1);
    // £8.5m + £2.7m = £11.2m is not £11.25m at the nearest £10,000
    const off = [
      figureOn(s, '£11.25m', 11_250_000, 'GBP'),
      figureOn(s, '£8.5m', 8_500_000, 'GBP'),
      figureOn(s, '£2.7m', 2_700_000, 'GBP', { from: s.text.indexOf('£8.5m') }),
    ];
    expect(findCrossChecks(off, [s]).sums).toEqual([]);
  });

  it('takes up to four parts, and the fewest that make the total', () => {
    const s = textSource('f', 'Of 100 places, 40 went to Leeds, 30 to York, 20 to Hull and 10 to Selby.');
    const counts = ['100 places', '40 went', '30 to York', '20 to Hull', '10 to Selby'].map((q) =>
      figureOn(s, q, Number.parseInt(q, 10), 'count'),
    );
    const { sums } = findCrossChecks(counts, [s]);
    // 100 = 40 + 30 + 20 + 10 (no fewer make it); 40 = 30 + 10, 30 = 20 + 10 are found too
    const byTotal = new Map(sums.map((x) => [x.total.value, x.parts.map((p) => p.value)]));
    expect(byTotal.get(100)).toEqual([40, 30, 20, 10]);
    expect(byTotal.get(30)).toEqual([20, 10]);
    expect(byTotal.get(40)).toEqual([30, 10]);
  });

  it('says nothing when several different sets make the total, or a figure restated would', () => {
    const s = textSource(
      'a',
      'Totals: 5 sites; 2 sites, 3 sites, 1 site and 4 sites. Also £3m, £3m and £6m.',
    );
    const claims = ['5 sites', '2 sites', '3 sites', '1 site', '4 sites'].map((q) =>
      figureOn(s, q, Number.parseInt(q, 10), 'count'),
    );
    expect(findCrossChecks(claims, [s]).sums.filter((x) => x.total.value === 5)).toEqual([]);
    const restated = [
      figureOn(s, '£3m', 3e6, 'GBP'),
      figureOn(s, '£3m', 3e6, 'GBP', { from: s.text.indexOf('£3m') + 1 }),
      figureOn(s, '£6m', 6e6, 'GBP'),
    ];
    expect(findCrossChecks(restated, [s]).sums).toEqual([]);
  });

  it('never adds figures of other sources or other units', () => {
    const other = textSource('o', 'Elsewhere £8.52m.');
    const claims = [
      figureOn(naas, '£11.22m', 11_220_000, 'GBP'),
      figureOn(other, '£8.52m', 8_520_000, 'GBP'),
      figureOn(naas, '£2.7 m', 2_700_000, 'GBP'),
    ];
    expect(findCrossChecks(claims, [naas, other]).sums).toEqual([]);
    const dollars = [
      claims[0]!,
      { ...claims[1]!, sourceId: 'naas', fields: { value: 8_520_000, unit: 'USD' as const } },
      claims[2]!,
    ];
    expect(findCrossChecks(dollars, [naas]).sums).toEqual([]);
  });

  it('stays fast with 200 figures in one source, the search growing linearly', () => {
    // pseudo-random sums of money, every tenth the total of the two before it
    const values: number[] = [];
    let seed = 12345;
    for (let i = 0; i < 200; i++) {
      seed = (seed * 48271) % 2147483647;
      values.push(i % 10 === 9 ? values[i - 1]! + values[i - 2]! : 1000 + (seed % 9_000_000));
    }
    const s = textSource('big', values.map((v) => `£${v}`).join(' and '));
    let from = 0;
    const figures = values.map((v) => {
      const claim = figureOn(s, `£${v}`, v, 'GBP', { from });
      from = claim.target.selector[1].end;
      return { claim, ref: readFigure(claim)! };
    });
    const started = performance.now();
    const tally200: SearchTally = { sets: 0 };
    const sums = findSums(figures, tally200);
    const elapsed = performance.now() - started;
    const tally100: SearchTally = { sets: 0 };
    findSums(figures.slice(0, 100), tally100);

    for (let i = 9; i < 200; i += 10) {
      expect(sums.find((x) => x.total.claimId === figures[i]!.claim.id)?.parts).toHaveLength(2);
    }
    for (const sum of sums) expect(sum.parts.reduce((t, p) => t + p.value, 0)).toBe(sum.total.value);
    // at most C(12,2) + C(12,3) + C(12,4) = 781 sets per figure, so twice the figures, twice the sets
    expect(tally200.sets).toBeLessThanOrEqual(781 * 200);
    expect(tally200.sets / tally100.sets).toBeLessThan(2.2);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('marked sums', () => {
  const s = textSource(
    'm',
    'The £12m budget: £8.52m for companies and £2.7 m for councils. The £11.2m fund: £8.5m and £2.7m.',
  );

  it('shows a marked total that does not add up, with the difference', () => {
    const parts = [figureOn(s, '£8.52m', 8_520_000, 'GBP'), figureOn(s, '£2.7 m', 2_700_000, 'GBP')];
    const total = figureOn(s, '£12m', 12_000_000, 'GBP', { totalOf: parts.map((p) => p.id) });
    const { sums } = findCrossChecks([total, ...parts], [s]);
    expect(sums).toEqual([
      expect.objectContaining({
        claimIds: [total.id, parts[0]!.id, parts[1]!.id],
        addsUp: false,
        difference: 780_000,
        marked: true,
      }),
    ]);
  });

  it('shows a marked total that adds up within every figure’s rounding', () => {
    const parts = [figureOn(s, '£8.5m', 8_500_000, 'GBP'), figureOn(s, '£2.7m', 2_700_000, 'GBP')];
    const total = figureOn(s, '£11.2m', 11_200_000, 'GBP', { totalOf: parts.map((p) => p.id) });
    const { sums } = findCrossChecks([total, ...parts], [s]);
    expect(sums).toEqual([expect.objectContaining({ addsUp: true, difference: 0, marked: true })]);
    // £11.22m marked as the total of £8.5m and £2.7m: £11.2m, stated to £100,000, could be £11.22m
    const fine = figureOn(naas, '£11.22m', 11_220_000, 'GBP', { totalOf: parts.map((p) => p.id) });
    const again = findCrossChecks([fine, ...parts], [s, naas]).sums;
    expect(again).toEqual([expect.objectContaining({ addsUp: true, difference: 20_000 })]);
  });

  it('ignores marked parts that are missing, deleted or of another unit', () => {
    const part = figureOn(s, '£8.52m', 8_520_000, 'GBP');
    const gone = { ...figureOn(s, '£2.7 m', 2_700_000, 'GBP'), deleted: true };
    const percent = figureOn(s, '£12m', 12, 'percent');
    const total = figureOn(s, '£12m', 12_000_000, 'GBP', { totalOf: [part.id, gone.id, percent.id, 'nope'] });
    const { sums } = findCrossChecks([total, part, gone, percent], [s]);
    expect(sums.filter((x) => x.marked)).toEqual([
      expect.objectContaining({ claimIds: [total.id, part.id], addsUp: false, difference: 3_480_000 }),
    ]);
    const none = figureOn(s, '£12m', 12_000_000, 'GBP', { totalOf: ['nope'] });
    expect(findCrossChecks([none], [s]).sums).toEqual([]);
  });
});
