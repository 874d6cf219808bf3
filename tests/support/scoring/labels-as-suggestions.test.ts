// One labeller's labels scored as suggestions: the same labels score perfectly against themselves, and a
// second labeller who reads a stance's holder or a figure's value otherwise, or misses a span, is counted
// down exactly where they differ.
import { describe, expect, it } from 'vitest';
import { labelsAsSuggestions } from './labels-as-suggestions';
import { scoreSuggestions } from './score-suggestions';
import type { GoldLabels } from './scoring-types';

const text =
  'The council spent £4m in March 2024. The union warned that cuts must stop. Ministers welcomed the plan.';
const first: GoldLabels = {
  document: 'a.txt',
  figures: [{ text: '£4m', value: 4_000_000, unit: 'GBP' }],
  dates: [{ text: 'March 2024', start: '2024-03-01', end: '2024-03-31' }],
  stances: [
    { actor: 'the union', stance: 'oppose', quote: 'The union warned that cuts must stop' },
    { actor: 'Ministers', stance: 'support', quote: 'Ministers welcomed the plan' },
  ],
};

const score = (second: GoldLabels) =>
  scoreSuggestions({
    documents: [{ labels: first, text }],
    ignore: {},
    suggestions: new Map([['a.txt', labelsAsSuggestions(text, second)]]),
  }).report;

describe('labels read as suggestions', () => {
  it('agree fully with themselves', () => {
    for (const kind of Object.values(score(first))) {
      expect(kind).toMatchObject({ f1: 1, valueAccuracy: 1 });
    }
  });

  it('count a different value, holder or a missed stance against the second labeller', () => {
    const second: GoldLabels = {
      ...first,
      figures: [{ text: '£4m', value: 4_000, unit: 'GBP' }],
      stances: [{ actor: 'the council', stance: 'oppose', quote: 'cuts must stop' }],
    };
    const report = score(second);
    expect(report.figure).toMatchObject({ hits: 1, valueAccuracy: 0 });
    expect(report.date).toMatchObject({ f1: 1, valueAccuracy: 1 });
    expect(report.stance).toMatchObject({ gold: 2, suggested: 1, hits: 1, recall: 0.5, valueAccuracy: 0 });
  });
});
