import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestClaims } from '../../../src/core/suggest/suggest-claims';

// A passage written for this test in the genre of the corpus (a trade-press report on a consultation).
const PASSAGE = [
  'Councils to get £1.2bn for adult social care',
  '',
  'Published 14 March 2019',
  '',
  'The government will give councils £1.2bn in 2019-20, a rise of 4.5% on 2018/19, the Ministry of Housing said',
  'on Tuesday. About 152 councils will share the money, but one in five say it will not close the gap.',
  'The County Councils Network welcomes the settlement but warns that the funding gap will reach £3.5bn by 2025.',
  'The Association of Directors of Adult Social Services has yet to decide whether it supports the new formula.',
  'A green paper, first promised in late 2017, is now expected in autumn 2019.',
  'For more information call 020 7946 0000 or see https://example.gov.uk/2019/03/14/settlement.',
].join('\n');

describe('suggestClaims on a passage it has not seen', () => {
  it('finds the money, percentage, count and ratio with their values', () => {
    const figures = suggestClaims(PASSAGE, { kinds: ['figure'] });
    expect(figures.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['£1.2bn', 1_200_000_000, 'GBP'],
      ['£1.2bn', 1_200_000_000, 'GBP'],
      ['4.5%', 4.5, 'percent'],
      ['152', 152, 'count'],
      ['one in five', 0.2, 'ratio'],
      ['£3.5bn', 3_500_000_000, 'GBP'],
    ]);
  });

  it('finds the dates, financial years and approximate periods, but not the URL or phone number', () => {
    const dates = suggestClaims(PASSAGE, { kinds: ['date'] });
    expect(dates.map((d) => [d.text, d.startDate, d.endDate])).toEqual([
      ['14 March 2019', '2019-03-14', '2019-03-14'],
      ['2019-20', '2019-04-01', '2020-03-31'],
      ['2018/19', '2018-04-01', '2019-03-31'],
      ['2025', '2025-01-01', '2025-12-31'],
      ['late 2017', '2017-09-01', '2017-12-31'],
      ['autumn 2019', '2019-09-01', '2019-11-30'],
    ]);
  });

  it('finds the positions with their holders, one per statement', () => {
    const stances = suggestClaims(PASSAGE, { kinds: ['stance'] });
    // the plan ("will give councils £1.2bn") is reported, not argued for, so it is not a stance
    expect(stances.some((s) => s.text.includes('will give councils'))).toBe(false);
    expect(stances.map((s) => [s.text, s.stance])).toEqual([
      // "will not close the gap": money judged too little, which the rules read as support for funding
      ['About 152 councils will share the money, but one in five say it will not close the gap.', 'support'],
      ['The County Councils Network welcomes the settlement', 'support'],
      ['warns that the funding gap will reach £3.5bn by 2025.', 'support'],
      [
        'The Association of Directors of Adult Social Services has yet to decide whether it supports the new formula.',
        'unsure',
      ],
    ]);
    expect(stances.slice(1).map((s) => s.actor)).toEqual([
      'County Councils Network',
      'County Councils Network',
      'Association of Directors of Adult Social Services',
    ]);
  });

  it('returns spans whose text is the slice of the input, sorted, for any input', () => {
    const pieces = fc.constantFrom(
      '£2.5m ',
      '16 per cent ',
      'one in six ',
      'in 2014 ',
      '2014-15 ',
      'Dec 2017 ',
      'The council welcomes the plan. ',
      '“We want more,” she said. ',
      '\n',
      '😀 ',
      'two councils ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const found = suggestClaims(text);
        for (const s of found) {
          expect(s.text).toBe(text.slice(s.start, s.end));
          expect(s.start).toBeLessThan(s.end);
          expect(s.confidence).toBeGreaterThan(0);
          expect(s.confidence).toBeLessThanOrEqual(1);
        }
        for (let i = 1; i < found.length; i++)
          expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.start);
      }),
      { numRuns: 200 },
    );
  });

  it('returns only the kinds asked for', () => {
    expect(suggestClaims(PASSAGE, { kinds: [] })).toEqual([]);
    expect(new Set(suggestClaims(PASSAGE, { kinds: ['date', 'stance'] }).map((s) => s.kind))).toEqual(
      new Set(['date', 'stance']),
    );
  });
});
