// Gold strings become mentions wherever they stand free in the text: the word-boundary rule and the rule
// that a string inside a longer label of its kind adds no mention of its own.
import { describe, expect, it } from 'vitest';
import { findOccurrences } from './find-occurrences';
import { listGoldMentions } from './gold-mentions';
import type { GoldLabels } from './scoring-types';

const labels = (over: Partial<GoldLabels>): GoldLabels => ({
  document: 'doc.txt',
  figures: [],
  dates: [],
  stances: [],
  ...over,
});

describe('findOccurrences', () => {
  it('finds every free occurrence, in text order', () => {
    expect(findOccurrences('10% then 10%.', '10%')).toEqual([
      { start: 0, end: 3 },
      { start: 9, end: 12 },
    ]);
  });

  it('does not find a string glued to a letter or digit', () => {
    expect(findOccurrences('up 77% on 110%', '7%')).toEqual([]);
    expect(findOccurrences('the network grew', 'two')).toEqual([]);
    expect(findOccurrences('two2 and 2two', 'two')).toEqual([]);
  });

  it('checks only the ends of the string that are letters or digits', () => {
    // "£3m" starts with a symbol, so a letter before it does not matter; its end still must stand free.
    expect(findOccurrences('x£3m and £3mn', '£3m')).toEqual([{ start: 1, end: 4 }]);
  });

  it('finds overlapping occurrences and nothing for an empty string', () => {
    expect(findOccurrences('aa-aa-aa', 'aa-aa')).toEqual([
      { start: 0, end: 5 },
      { start: 3, end: 8 },
    ]);
    expect(findOccurrences('text', '')).toEqual([]);
  });
});

describe('listGoldMentions', () => {
  it('counts a string that lies inside a longer label of the same kind once, as the longer one', () => {
    const text = 'Opened in October 2014; closed in 2014.';
    const mentions = listGoldMentions(
      text,
      labels({
        dates: [
          { text: '2014', start: '2014-01-01', end: '2014-12-31' },
          { text: 'October 2014', start: '2014-10-01', end: '2014-10-31' },
        ],
      }),
    );
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['2014', 'October 2014']);
    expect(mentions[0]!.start).toBe(text.lastIndexOf('2014'));
  });

  it('keeps a figure inside a longer date: the rule is per kind', () => {
    const text = 'In 2014-15 we spent 2014 pounds.';
    const mentions = listGoldMentions(
      text,
      labels({
        figures: [{ text: '2014', value: 2014, unit: 'GBP' }],
        dates: [{ text: '2014-15', start: '2014-04-01', end: '2015-03-31' }],
      }),
    );
    expect(mentions.map((m) => [m.kind, m.start])).toEqual([
      ['figure', 3],
      ['figure', 20],
      ['date', 3],
    ]);
  });

  it('keeps two stance labels that share one quote as two mentions', () => {
    const quote = 'Both groups oppose the plan';
    const mentions = listGoldMentions(
      `${quote}.`,
      labels({
        stances: [
          { actor: 'Unison', stance: 'oppose', quote },
          { actor: 'BASW', stance: 'oppose', quote },
        ],
      }),
    );
    expect(mentions).toHaveLength(2);
  });
});
