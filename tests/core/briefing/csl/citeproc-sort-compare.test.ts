// The bibliography's string comparison with its collator built once orders every pair of sort keys as
// citeproc's own (CSL.getSortCompare, captured here before anything replaces it) does: keys in several
// cases, with accents, digits, punctuation, leading brackets and quotes, and empty ones, for the engines'
// sort locales. This file imports citeproc but not run-citeproc, so the original is still in place.
import CSL from 'citeproc';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortCompareFor } from '../../../../src/core/briefing/csl/citeproc-sort-compare';

type SortState = { tmp: { lang_array?: string[] } };
const citeprocs = (
  CSL as unknown as { getSortCompare: (this: SortState, locale?: string) => (a: string, b: string) => number }
).getSortCompare;

const piece = fc.constantFrom(
  'Smith',
  'smith',
  'SMITH',
  'Smíth',
  'Ødegaard',
  'Ödegaard',
  'van Gogh',
  'O’Brien',
  "O'Brien",
  'de la Cruz',
  '2016',
  '2016a',
  '10',
  '9',
  '[',
  ']',
  '"',
  "'",
  '(',
  '-',
  ' ',
  ',',
  '.',
  'İstanbul',
  'ß',
  'Straße',
  'ﬁsh',
  '',
);
const key = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''));

describe('citeproc sort comparison with one collator', () => {
  it('orders every pair of keys as citeproc does', () => {
    expect(citeprocs).not.toBe(sortCompareFor);
    for (const [locale, langs] of [
      ['en-US', ['en-US', 'en']],
      ['en-GB', ['en-GB', 'en']],
      [undefined, undefined],
    ] as const) {
      const state = { tmp: { lang_array: langs ? [...langs] : undefined } };
      const original = citeprocs.call(state, locale);
      const ours = sortCompareFor.call(state, locale);
      fc.assert(
        fc.property(key, key, (a, b) => {
          expect(Math.sign(ours(a, b))).toBe(Math.sign(original(a, b)));
        }),
        { numRuns: 2_000 },
      );
    }
  });
});
