// The bibliography's string comparison with its collator built once orders every pair of sort keys as
// citeproc's own (CSL.getSortCompare, captured here before anything replaces it) does: keys in several
// cases, with accents, digits, punctuation, leading brackets and quotes, and empty ones, for the engines'
// sort locales, and with the engine's languages set after the comparison is built, as an engine sets them
// while it reads items. This file imports citeproc but not run-citeproc, so the original is still in place.
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

describe('citeproc sort comparison, languages set after the engine is built', () => {
  // An engine builds its comparators before it reads any item (the languages are unset then); each item
  // it renders sets them anew (CSL.citeStart), and the registry sorts after that: the comparison must
  // lower-case by the languages of that moment, as citeproc's does.
  const turkish = fc.constantFrom('I', 'ı', 'i', 'İ', 'a', 'b', 'z', 'Istanbul', 'ılık', 'ibis', 'Iğdır');
  const turkishKey = fc.array(turkish, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));

  it('reads the languages at each comparison, not at construction', () => {
    const state: SortState = { tmp: {} };
    const original = citeprocs.call(state, 'en-US');
    const ours = sortCompareFor.call(state, 'en-US');
    for (const langs of [['tr', 'en-US'], ['en-US'], ['az', 'en-GB'], ['tr', 'en-US']]) {
      // a new list each time, as citeStart assigns one
      state.tmp.lang_array = [...langs];
      fc.assert(
        fc.property(turkishKey, turkishKey, (a, b) => {
          expect(Math.sign(ours(a, b))).toBe(Math.sign(original(a, b)));
        }),
        { numRuns: 500 },
      );
    }
    // a key lowered under one language list is lowered afresh under the next
    state.tmp.lang_array = ['tr'];
    expect(Math.sign(ours('Ia', 'ib'))).toBe(1);
    state.tmp.lang_array = ['en-US'];
    expect(Math.sign(ours('Ia', 'ib'))).toBe(-1);
  });

  it('uses the comparison the host gave citeproc, as citeproc does', () => {
    const given = (a: string, b: string) => b.length - a.length;
    const host = CSL as unknown as { stringCompare?: (a: string, b: string) => number };
    host.stringCompare = given;
    try {
      expect(sortCompareFor.call({ tmp: {} }, 'en-US')).toBe(given);
      expect(citeprocs.call({ tmp: {} }, 'en-US')).toBe(given);
    } finally {
      delete host.stringCompare;
    }
  });
});
