import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/anchoring/describe-range';

describe('describeRange', () => {
  it('stores the exact text, 32 characters of context either side, and the offsets', () => {
    const text = `${'p'.repeat(40)}QUOTE${'s'.repeat(40)}`;
    const [quote, position] = describeRange(text, 40, 45);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'QUOTE',
      prefix: 'p'.repeat(32),
      suffix: 's'.repeat(32),
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 40, end: 45 });
  });

  it('keeps shorter context at the edges of the text', () => {
    const [quote] = describeRange('ab  cd\n', 0, 2);
    expect(quote).toMatchObject({ exact: 'ab', prefix: '', suffix: '  cd\n' });
  });

  it('never cuts a surrogate pair in half at the edge of the context', () => {
    const text = `😀${'x'.repeat(31)}Q${'y'.repeat(31)}😀`;
    const [quote] = describeRange(text, 33, 34);
    expect(quote.exact).toBe('Q');
    expect(quote.prefix).toBe('x'.repeat(31));
    expect(quote.suffix).toBe('y'.repeat(31));
  });

  it('rejects ranges outside the text', () => {
    expect(() => describeRange('abc', 2, 1)).toThrow(RangeError);
    expect(() => describeRange('abc', 0, 4)).toThrow(/length 3/);
    expect(() => describeRange('abc', -1, 1)).toThrow(RangeError);
  });
});
