import { describe, expect, it } from 'vitest';
import { extendBySentence, stepSentence } from '../../../src/core/text/sentence-steps';

const text = 'First one here. Second, with £8.52m. Third ends it.';
const slice = (r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);

describe('stepSentence', () => {
  it('selects the first sentence when nothing is selected, then each next one', () => {
    const first = stepSentence(text, null, 'next');
    expect(slice(first)).toBe('First one here.');
    const second = stepSentence(text, first, 'next');
    expect(slice(second)).toBe('Second, with £8.52m.');
    expect(slice(stepSentence(text, second, 'next'))).toBe('Third ends it.');
  });

  it('stays on the last sentence at the end, and steps back with previous', () => {
    const last = stepSentence(text, { start: 37, end: 51 }, 'next');
    expect(slice(last)).toBe('Third ends it.');
    expect(slice(stepSentence(text, last, 'previous'))).toBe('Second, with £8.52m.');
    expect(slice(stepSentence(text, { start: 0, end: 15 }, 'previous'))).toBe('First one here.');
  });

  it('starts from the caret of a partial selection', () => {
    expect(slice(stepSentence(text, { start: 3, end: 5 }, 'next'))).toBe('Second, with £8.52m.');
  });

  it('has nothing to select in empty text', () => {
    expect(stepSentence('   ', null, 'next')).toBeNull();
  });
});

describe('extendBySentence', () => {
  it('grows a selection by one sentence either way', () => {
    const second = { start: 16, end: 36 };
    expect(slice(second)).toBe('Second, with £8.52m.');
    expect(slice(extendBySentence(text, second, 'next'))).toBe('Second, with £8.52m. Third ends it.');
    expect(slice(extendBySentence(text, second, 'previous'))).toBe('First one here. Second, with £8.52m.');
  });

  it('keeps the selection when there is no further sentence', () => {
    const all = { start: 0, end: text.length };
    expect(extendBySentence(text, all, 'next')).toEqual(all);
    expect(extendBySentence(text, all, 'previous')).toEqual(all);
  });
});
