import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/core/search/parse-query';
import { MAX_PASSAGE, splitPassages } from '../../../src/core/search/split-passages';

describe('splitPassages', () => {
  it('gives each paragraph with its offsets, trimmed, and skips blank lines', () => {
    const text = 'Title\n\n  First paragraph.  \nSecond one.\n\n';
    const spans = splitPassages(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Title',
      'First paragraph.',
      'Second one.',
    ]);
  });

  it('cuts a long paragraph at sentence ends into readable pieces that cover it', () => {
    const sentence = 'The board met again and agreed the figures for the year. ';
    const text = sentence.repeat(40).trim();
    const spans = splitPassages(text);
    expect(spans.length).toBeGreaterThan(3);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_PASSAGE);
      expect(text.slice(s.start, s.end)).toMatch(/^The board.*year\.$/);
    }
    expect(spans[0]!.start).toBe(0);
    expect(spans.at(-1)!.end).toBe(text.length);
  });
});

describe('parseQuery', () => {
  it('reads quoted phrases, loose terms, folded, and an unclosed quote to the end', () => {
    expect(parseQuery('Profit "net  Margin" Café')).toEqual({
      terms: ['profit', 'cafe'],
      phrases: [['net', 'margin']],
    });
    expect(parseQuery('tax “gross profit')).toEqual({ terms: ['tax'], phrases: [['gross', 'profit']] });
  });
});
