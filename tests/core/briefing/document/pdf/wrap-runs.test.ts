import { describe, expect, it } from 'vitest';
import { wrapRuns, type Line } from '../../../../../src/core/briefing/document/pdf/wrap-runs';

/** Every character is 1 wide, bold ones 2, so widths are easy to reason about. */
const measure = (text: string, face: { bold: boolean }) => Array.from(text).length * (face.bold ? 2 : 1);
const texts = (lines: Line[]) => lines.map((line) => line.map((piece) => piece.text).join(''));

describe('wrapRuns', () => {
  it('breaks at spaces so no line is wider than the width', () => {
    const lines = wrapRuns([{ text: 'the quick brown fox jumps over' }], 10, measure);
    expect(texts(lines)).toEqual(['the quick', 'brown fox', 'jumps over']);
  });

  it('keeps line breaks in the text and drops spaces at line ends', () => {
    expect(texts(wrapRuns([{ text: 'first line  \nsecond' }], 40, measure))).toEqual([
      'first line',
      'second',
    ]);
  });

  it('places styled runs side by side with their x offsets', () => {
    const [line] = wrapRuns([{ text: '[1]', bold: true }, { text: ' quote' }], 40, measure);
    expect(line).toEqual([
      { text: '[1]', bold: true, fallback: false, x: 0 },
      { text: ' quote', bold: false, fallback: false, x: 6 },
    ]);
  });

  it('breaks between CJK characters and cuts a word wider than the line', () => {
    expect(texts(wrapRuns([{ text: '児童保護の民営化' }], 3, measure))).toEqual(['児童保', '護の民', '営化']);
    expect(texts(wrapRuns([{ text: 'a https://example.org/very/long' }], 8, measure))).toEqual([
      'a',
      'https://',
      'example.',
      'org/very',
      '/long',
    ]);
  });

  it('gives one empty line for empty text', () => {
    expect(texts(wrapRuns([{ text: '' }], 10, measure))).toEqual(['']);
  });
});
