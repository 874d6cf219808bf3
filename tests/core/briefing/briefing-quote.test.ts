import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeQuote,
  encodeQuote,
  formatCitationLine,
  listBriefingQuotes,
} from '../../../src/core/briefing/briefing-quote';

describe('briefing quotes', () => {
  it('writes ordinary quotes verbatim, inner quotes and double spaces included', () => {
    const exact = 'This was “much higher than we anticipated”, she said  "twice" [sic] *really* 10%';
    expect(formatCitationLine(3, exact, true)).toBe(`[3] "${exact}"`);
    expect(formatCitationLine(4, exact, false)).toBe(`[4] "${exact}" (quote not found in source)`);
  });

  it('keeps a multi-line quote on one line and reads it back exactly', () => {
    const exact = 'line one\n\n# not a heading\n- not a list';
    const line = formatCitationLine(1, exact, true);
    expect(line.includes('\n')).toBe(false);
    expect(listBriefingQuotes(`## Sources\n\n${line}\n`)).toEqual([{ n: 1, quote: exact, verified: true }]);
  });

  it('round-trips any quote through the Markdown, including backslashes and a literal <br>', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\\', '<', 'b', 'r', '>', '"', '(', ')') }),
        fc.boolean(),
        (exact, found) => {
          expect(decodeQuote(encodeQuote(exact))).toBe(exact);
          const markdown = `text\r\n${formatCitationLine(7, exact, found)}\r\nmore`;
          expect(listBriefingQuotes(markdown)).toEqual([{ n: 7, quote: exact, verified: found }]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads a quote that itself ends like the not-found marker as a verified quote', () => {
    const exact = 'odd" (quote not found in source)';
    expect(listBriefingQuotes(formatCitationLine(2, exact, true))).toEqual([
      { n: 2, quote: exact, verified: true },
    ]);
  });
});
