// The scorer's counting rules on small hand-made documents: what is a hit, a miss and a false positive, that
// one gold mention is never counted twice, IGNORE spans, the value rules per kind (figure within 0.5%, date
// exact, stance label and actor), broken spans and missing documents, and the report's arithmetic.
import { describe, expect, it } from 'vitest';
import { parseSuggestLines, scoreSuggestions, summariseTally } from './score-suggestions';
import type { GoldLabels, IgnoreList, PrintedSuggestion } from './scoring-types';

const TEXT =
  'The council spent £2.9 million in October 2014, up 10% on 2013. Unison opposes the plan. ' +
  'Spending rose 10% again. Subscribe for 3 free articles.';

const GOLD: GoldLabels = {
  document: 'doc.txt',
  figures: [
    { text: '£2.9 million', value: 2_900_000, unit: 'GBP' },
    { text: '10%', value: 10, unit: 'percent' },
  ],
  dates: [
    { text: 'October 2014', start: '2014-10-01', end: '2014-10-31' },
    { text: '2013', start: '2013-01-01', end: '2013-12-31' },
  ],
  stances: [{ actor: 'Unison', stance: 'oppose', topic: 'the plan', quote: 'Unison opposes the plan' }],
};

const IGNORE: IgnoreList = { 'doc.txt': [{ text: '3', kind: 'figure', reason: 'site furniture' }] };

/** A suggestion on the n-th occurrence of `text` in TEXT, with the given fields. */
function on(kind: string, text: string, fields: Partial<PrintedSuggestion> = {}, nth = 0): PrintedSuggestion {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(text, start + 1);
  if (start < 0) throw new Error(`not in TEXT: ${text}`);
  return { kind, start, end: start + text.length, text, ...fields };
}

function score(suggestions: PrintedSuggestion[], ignore: IgnoreList = IGNORE) {
  return scoreSuggestions({
    documents: [{ labels: GOLD, text: TEXT }],
    ignore,
    suggestions: new Map([['doc.txt', suggestions]]),
  });
}

describe('scoreSuggestions: hits, misses and false positives', () => {
  it('counts every occurrence of a gold string as a mention', () => {
    const { report } = score([]);
    expect(report.figure.gold).toBe(3); // £2.9 million, and 10% twice
    expect(report.date.gold).toBe(2);
    expect(report.stance.gold).toBe(1);
  });

  it('scores a suggestion overlapping a gold mention of its kind as a hit, even when it is longer', () => {
    const { report, problems } = score([on('figure', 'spent £2.9 million', { value: 2_900_000 })]);
    expect(report.figure).toMatchObject({ suggested: 1, hits: 1, valueOk: 1, precision: 1 });
    expect(report.figure.recall).toBe(0.333);
    expect(problems).toContain('doc.txt: missed figure "10%"');
  });

  it('does not score a suggestion of another kind on the same span', () => {
    const { report } = score([on('date', '£2.9 million')]);
    expect(report.date).toMatchObject({ suggested: 1, hits: 0 });
    expect(report.figure.hits).toBe(0);
  });

  it('counts a suggestion over no mention as a false positive', () => {
    const { report } = score([on('figure', 'council')]);
    expect(report.figure).toMatchObject({ suggested: 1, hits: 0, precision: 0 });
  });

  it('ignores suggestions of kinds it does not score', () => {
    const { report } = score([on('quote', 'Unison opposes the plan')]);
    expect(report.stance.suggested + report.figure.suggested + report.date.suggested).toBe(0);
  });
});

describe('scoreSuggestions: no double counting', () => {
  it('lets only one suggestion claim a gold mention', () => {
    const twice = on('figure', '£2.9 million', { value: 2_900_000 });
    const { report } = score([twice, { ...twice, start: twice.start + 1, text: '2.9 million' }]);
    expect(report.figure).toMatchObject({ suggested: 2, hits: 1, precision: 0.5 });
  });

  it('scores each occurrence of a repeated string on its own', () => {
    const first = on('figure', '10%', { value: 10 });
    const second = on('figure', '10%', { value: 10 }, 1);
    expect(score([first, second]).report.figure.hits).toBe(2);
    expect(score([first, first]).report.figure.hits).toBe(1);
  });

  it('counts a suggestion spanning two mentions as one hit', () => {
    const { report } = score([on('date', 'October 2014, up 10% on 2013', { startDate: '2014-10-01' })]);
    expect(report.date).toMatchObject({ suggested: 1, hits: 1, recall: 0.5 });
  });
});

describe('scoreSuggestions: IGNORE spans', () => {
  it('leaves out a suggestion that touches only an ignored span of its kind', () => {
    const { report } = score([on('figure', '3 free', { value: 3 })]);
    expect(report.figure.suggested).toBe(0);
  });

  it('still counts it when the ignore entry is of another kind', () => {
    const { report } = score([on('date', '3 free')]);
    expect(report.date).toMatchObject({ suggested: 1, hits: 0 });
  });

  it('counts it as a false positive without the IGNORE list', () => {
    const { report } = score([on('figure', '3 free', { value: 3 })], {});
    expect(report.figure).toMatchObject({ suggested: 1, hits: 0 });
  });

  it('scores a suggestion touching both an ignored span and a mention as usual', () => {
    const ignoreTen: IgnoreList = { 'doc.txt': [{ text: 'rose 10%', kind: 'figure' }] };
    const { report } = score([on('figure', '10%', { value: 10 }, 1)], ignoreTen);
    expect(report.figure).toMatchObject({ suggested: 1, hits: 1 });
  });
});

describe('scoreSuggestions: values', () => {
  const million = (value: unknown) => score([on('figure', '£2.9 million', { value })]).report.figure;

  it('accepts a figure within 0.5% of the gold value and no further', () => {
    expect(million(2_900_000).valueOk).toBe(1);
    expect(million(2_914_000).valueOk).toBe(1); // +0.48%
    expect(million(2_886_000).valueOk).toBe(1); // -0.48%
    expect(million(2_916_000).valueOk).toBe(0); // +0.55%
    expect(million(2.9).valueOk).toBe(0);
  });

  it('counts a figure without a numeric value as a hit read wrong', () => {
    const figure = million('2.9m');
    expect(figure).toMatchObject({ hits: 1, valueOk: 0, valueAccuracy: 0 });
  });

  it('needs both the first and the last day of a date exactly', () => {
    const date = (startDate: string, endDate: string) =>
      score([on('date', 'October 2014', { startDate, endDate })]).report.date;
    expect(date('2014-10-01', '2014-10-31').valueOk).toBe(1);
    expect(date('2014-10-01', '2014-10-30').valueOk).toBe(0);
    expect(date('2014-01-01', '2014-10-31').valueOk).toBe(0);
  });

  it('reports a misread value with its text', () => {
    const { problems } = score([on('date', '2013', { startDate: '2013-04-01', endDate: '2014-03-31' })]);
    expect(problems).toContain('doc.txt: date "2013" read as ["2013-04-01","2014-03-31"]');
  });
});

describe('scoreSuggestions: stances', () => {
  const stance = (fields: Partial<PrintedSuggestion>) => on('stance', 'Unison opposes', fields);

  it('needs the gold stance label for a hit', () => {
    const wrong = score([stance({ stance: 'support', actor: 'Unison' })]).report.stance;
    expect(wrong).toMatchObject({ suggested: 1, hits: 0 });
  });

  it('leaves the mention for a later suggestion with the right label', () => {
    const { report } = score([stance({ stance: 'support' }), stance({ stance: 'oppose', actor: 'Unison' })]);
    expect(report.stance).toMatchObject({ suggested: 2, hits: 1, valueOk: 1 });
  });

  it('counts the actor as the value: right when it agrees with the gold actor', () => {
    expect(score([stance({ stance: 'oppose', actor: 'the union Unison' })]).report.stance.valueOk).toBe(1);
    const wrongActor = score([stance({ stance: 'oppose', actor: 'the council' })]).report.stance;
    expect(wrongActor).toMatchObject({ hits: 1, valueOk: 0 });
  });
});

describe('scoreSuggestions: broken output', () => {
  it('reports a span that is not the text of the document, and counts it as suggested', () => {
    const { report, problems } = score([{ ...on('figure', '10%', { value: 10 }), text: '11%' }]);
    expect(report.figure).toMatchObject({ suggested: 1, hits: 0 });
    expect(problems.some((p) => p.includes('is not the text "11%"'))).toBe(true);
  });

  it('reports a labelled document without output and still counts its gold mentions', () => {
    const result = scoreSuggestions({
      documents: [{ labels: GOLD, text: TEXT }],
      ignore: {},
      suggestions: new Map(),
    });
    expect(result.problems).toEqual(['doc.txt: no suggestions were produced']);
    expect(result.report.figure).toMatchObject({ gold: 3, recall: 0 });
  });
});

describe('the report', () => {
  it('gives precision, recall and F1 rounded to three places, and zero where nothing was counted', () => {
    expect(summariseTally({ gold: 3, suggested: 2, hits: 1, valueOk: 1 })).toEqual({
      gold: 3,
      suggested: 2,
      hits: 1,
      valueOk: 1,
      precision: 0.5,
      recall: 0.333,
      f1: 0.4,
      valueAccuracy: 1,
    });
    expect(summariseTally({ gold: 0, suggested: 0, hits: 0, valueOk: 0 })).toMatchObject({
      f1: 0,
      precision: 0,
    });
  });

  it('reads `evidence suggest --json` lines by file name', () => {
    const lines = '{"document":"/tmp/a/doc.txt","suggestions":[]}\n\n{"document":"b.txt"}\n';
    expect([...parseSuggestLines(lines)]).toEqual([
      ['doc.txt', []],
      ['b.txt', []],
    ]);
  });
});
