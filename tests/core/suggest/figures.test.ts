import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/suggest/find-figures';
import { findBlockedSpans } from '../../../src/core/suggest/blocked-spans';

function figures(text: string) {
  return findFigures(text, findBlockedSpans(text)).map((f) => ({
    text: text.slice(f.start, f.end),
    value: f.value,
    unit: f.unit,
  }));
}

describe('money', () => {
  it('reads sign, number and scale, with or without a space before the scale', () => {
    expect(figures('Of the £11.22m, £8.52m went to firms and £2.7 m to councils.')).toEqual([
      { text: '£11.22m', value: 11_220_000, unit: 'GBP' },
      { text: '£8.52m', value: 8_520_000, unit: 'GBP' },
      { text: '£2.7 m', value: 2_700_000, unit: 'GBP' },
    ]);
  });

  it('knows million, billion, bn and k, dollars and euros, and thousands separators', () => {
    expect(figures('It cost £3.66 million, then $4bn, then €30,000 and £250k.')).toEqual([
      { text: '£3.66 million', value: 3_660_000, unit: 'GBP' },
      { text: '$4bn', value: 4_000_000_000, unit: 'USD' },
      { text: '€30,000', value: 30_000, unit: 'EUR' },
      { text: '£250k', value: 250_000, unit: 'GBP' },
    ]);
  });

  it('reads US dollars but not other dollars', () => {
    expect(figures('US$5m from the fund, A$3m from the state')).toEqual([
      { text: 'US$5m', value: 5_000_000, unit: 'USD' },
    ]);
  });

  it('reads sums written in words with a currency word after them', () => {
    expect(figures('The scheme will cost half a billion pounds over two parliaments.')).toContainEqual({
      text: 'half a billion pounds',
      value: 500_000_000,
      unit: 'GBP',
    });
    expect(figures('a grant of two million euros')).toEqual([
      { text: 'two million euros', value: 2_000_000, unit: 'EUR' },
    ]);
  });

  it('gives both ends of a range written with one sign the same scale', () => {
    expect(figures('an estimated £2-3m a year')).toEqual([
      { text: '£2', value: 2_000_000, unit: 'GBP' },
      { text: '3m', value: 3_000_000, unit: 'GBP' },
    ]);
  });

  it('leaves hedges outside the span but marks the figure approximate', () => {
    const text = 'about £30m';
    const [found] = findFigures(text, findBlockedSpans(text));
    expect(text.slice(found?.start, found?.end)).toBe('£30m');
    expect(found?.approximate).toBe(true);
  });
});

describe('percentages', () => {
  it('reads digits with % and spelled-out per cent, digits or words', () => {
    expect(figures('Inflation was 4.3% while pay rose 16 per cent and rents ten per cent.')).toEqual([
      { text: '4.3%', value: 4.3, unit: 'percent' },
      { text: '16 per cent', value: 16, unit: 'percent' },
      { text: 'ten per cent', value: 10, unit: 'percent' },
    ]);
  });

  it('drops a footnote digit after the sign and does not find 10% inside 110%', () => {
    expect(figures('a rise of 12%3 in one year')).toEqual([{ text: '12%', value: 12, unit: 'percent' }]);
    expect(figures('demand was at 110% of capacity')).toEqual([
      { text: '110%', value: 110, unit: 'percent' },
    ]);
  });
});

describe('ratios', () => {
  it('reads "one in six", "57 in every 100,000" and shares written as fractions', () => {
    expect(figures('only one in six pilots survive')).toEqual([
      { text: 'one in six', value: 0.1667, unit: 'ratio' },
    ]);
    expect(figures('a rate of 57 in every 100,000 children')).toEqual([
      { text: '57 in every 100,000', value: 0.0006, unit: 'ratio' },
    ]);
    expect(figures('Almost a third of councils overspent; two-thirds did not.')).toEqual([
      { text: 'a third', value: 0.3333, unit: 'ratio' },
      { text: 'two-thirds', value: 0.6667, unit: 'ratio' },
    ]);
    expect(figures('More than half of trusts agreed.')).toEqual([
      { text: 'half', value: 0.5, unit: 'ratio' },
    ]);
  });

  it('does not read ordinals or idioms as shares', () => {
    expect(figures('It expanded into a third local authority.')).toEqual([]);
    expect(figures('In the second half of the year, and on behalf of members.')).toEqual([]);
  });
});

describe('counts', () => {
  it('counts things named by a plural noun a few words on', () => {
    expect(figures('It received about 285 expressions of interest from two independent trusts.')).toEqual([
      { text: '285', value: 285, unit: 'count' },
      { text: 'two', value: 2, unit: 'count' },
    ]);
    expect(figures('In two of these councils, and in three more councils, 1,200 staff moved.')).toEqual([
      { text: 'two', value: 2, unit: 'count' },
      { text: 'three', value: 3, unit: 'count' },
      { text: '1,200', value: 1200, unit: 'count' },
    ]);
  });

  it('does not count durations, ages, years, labels, list numbers or numbers in names', () => {
    const text = [
      'The 18 months and a six-week consultation, contracts of five, or even 10, years.',
      'Children aged 16 and 17 in 2019.',
      'For phase 1 and phase 2 see section 4.',
      '  1. Social work',
      '2 Discussions about integration rumble on.',
      'Partners such as 4Children and Catch22 replied.',
      'One example of a service is one council.',
    ].join('\n');
    expect(figures(text)).toEqual([]);
  });

  it('does not count a document\u2019s own parts or read phone numbers', () => {
    expect(figures('The response makes 10 points and four main concerns. Call 0800 123 4567 today.')).toEqual(
      [],
    );
  });
});
