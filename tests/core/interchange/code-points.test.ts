// W3C positions count code points, ours UTF-16 code units: the converter must agree with the string's own
// code points for text with emoji and CJK (inside and outside the BMP) before the offset, both ways.
import { describe, expect, it } from 'vitest';
import { offsetConverter } from '../../../src/core/interchange/code-points';
import { WIDE_TEXT } from './interchange-builders';

describe('offsetConverter', () => {
  const convert = offsetConverter(WIDE_TEXT);

  it('counts code points before a quote that follows emoji and CJK', () => {
    const start = WIDE_TEXT.indexOf('£11.22m');
    const points = convert.toCodePoints(start);
    expect(points).toBe([...WIDE_TEXT.slice(0, start)].length);
    expect(points).toBeLessThan(start);
    expect([...WIDE_TEXT].slice(points, points + 7).join('')).toBe('£11.22m');
  });

  it('is inverse both ways at every character boundary', () => {
    let units = 0;
    let points = 0;
    for (const ch of WIDE_TEXT) {
      expect(convert.toCodePoints(units)).toBe(points);
      expect(convert.toCodeUnits(points)).toBe(units);
      units += ch.length;
      points += 1;
    }
    expect(convert.toCodePoints(WIDE_TEXT.length)).toBe([...WIDE_TEXT].length);
  });

  it('carries offsets past the end over one for one, and is the identity on BMP-only text', () => {
    const end = WIDE_TEXT.length;
    expect(convert.toCodeUnits(convert.toCodePoints(end + 5))).toBe(end + 5);
    const plain = offsetConverter('plain text, 中文 only');
    expect(plain.toCodePoints(12)).toBe(12);
    expect(plain.toCodeUnits(12)).toBe(12);
  });
});
