import { describe, expect, it } from 'vitest';
import { displayQuote } from '../../../src/renderer/features/claims/display-quote';

const shown = (exact: string) => `“${displayQuote(exact)}”`;

describe('the quote on a claim card', () => {
  it('never doubles the quotation marks the passage already has', () => {
    expect(shown('“We will not outsource,” she said.')).toBe('“We will not outsource,” she said.”');
    expect(shown('“We will not outsource.”')).toBe('“We will not outsource.”');
    expect(shown('"Plain quotes" ')).toBe('“Plain quotes”');
    expect(shown('‘Single’')).toBe('“Single”');
    expect(shown('the council said “no”')).toBe('“the council said “no”');
  });

  it('keeps a passage without quotation marks as it is', () => {
    expect(shown('In 2014 the council spent £8.52m.')).toBe('“In 2014 the council spent £8.52m.”');
  });

  it('keeps a passage that is only quotation marks', () => {
    expect(displayQuote('“”')).toBe('“”');
  });

  it('cuts a long passage at a word, marking the cut', () => {
    const long = `${'word '.repeat(60)}end`;
    const text = displayQuote(long, 50);
    expect(text.endsWith('word…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(51);
  });
});
