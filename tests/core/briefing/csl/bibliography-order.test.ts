// Entries formatted apart are put in citeproc's own bibliography order: sorted and merged quickly, checked
// pair by pair against citeproc's comparer, and ordered by citeproc's comparer alone when the check fails.
// Whatever the keys (cases, accents, digits, punctuation, brackets, missing keys), the order is citeproc's;
// the quick comparer itself agrees with citeproc's on such keys, and on a real library's references the
// quick order already is citeproc's, so the check is all citeproc's comparer does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../../scripts/scale/generate-library.mjs';
import {
  mergeChecked,
  mergeInStyleOrder,
  sortChecked,
  sortInStyleOrder,
  type Ordered,
} from '../../../../src/core/briefing/csl/bibliography-order';
import { CITATION_STYLES } from '../../../../src/core/briefing/csl/citation-styles';
import { cslItemsOf } from '../../../../src/core/briefing/csl/format-citations';
import {
  bibliographyComparer,
  quickBibliographyComparer,
  runCiteproc,
} from '../../../../src/core/briefing/csl/run-citeproc';
import type { Source } from '../../../../src/core/model/records';

const KEY_PARTS = [
  'smith',
  'Smith',
  'Smíth',
  'SMITH',
  '[Smith]',
  '"Smith',
  'smith-jones',
  'Ørsted',
  'éclair',
];
const key = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...KEY_PARTS),
  fc.stringMatching(/^[A-Za-z0-9 .,'"[\]()-]{0,6}$/),
  fc.integer({ min: 0, max: 3000 }).map((n) => `1${String(n).padStart(8, '0')}|`),
);

/** Entries with unique seqs (citeproc's tie-break) and a fixed number of sort keys each. */
const entries = (keys: number) =>
  fc
    .array(fc.array(key, { minLength: keys, maxLength: keys }), { maxLength: 40 })
    .map((rows) => rows.map((sortkeys, i) => ({ sortkeys, seq: i + 1, entry: i })));

const seqs = (list: Ordered<number>[]) => list.map((o) => o.seq);

describe('bibliography order', () => {
  it("sorts and merges in citeproc's order, for every style", () => {
    for (const { id } of CITATION_STYLES) {
      const exact = bibliographyComparer(id);
      // As many keys as the style sorts by (citeproc's comparer reads no more).
      const keys = runCiteproc(id, [{ id: 'a', type: 'report', title: 'A' }], []).entries[0]!.sortkeys.length;
      fc.assert(
        fc.property(entries(keys), fc.array(fc.nat(3)), (list, cuts) => {
          const expected = list.slice().sort(exact);
          expect(seqs(sortInStyleOrder(id, list))).toEqual(seqs(expected));
          // Split into parts, each in citeproc's order, as separate registries return them.
          const parts: Ordered<number>[][] = [[], [], [], []];
          list.forEach((o, i) => parts[cuts[i] ?? 0]!.push(o));
          const sortedParts = parts.map((part) => part.sort(exact));
          expect(seqs(mergeInStyleOrder(id, sortedParts))).toEqual(seqs(expected));
        }),
        { numRuns: 150 },
      );
    }
  });

  it("compares as citeproc's comparer does, missing keys included", () => {
    for (const { id } of CITATION_STYLES) {
      const exact = bibliographyComparer(id);
      const quick = quickBibliographyComparer(id);
      const keys = runCiteproc(id, [{ id: 'a', type: 'report', title: 'A' }], []).entries[0]!.sortkeys.length;
      fc.assert(
        fc.property(entries(keys), (list) => {
          for (const a of list)
            for (const b of list) expect(Math.sign(quick(a, b))).toBe(Math.sign(exact(a, b)));
        }),
        { numRuns: 60 },
      );
    }
  });

  it('falls back to the exact comparer where the quick one orders otherwise', () => {
    const exact = bibliographyComparer('harvard'); // three sort keys
    const reversed: typeof exact = (a, b) => exact(b, a);
    fc.assert(
      fc.property(entries(3), (list) => {
        const expected = seqs(list.slice().sort(exact));
        expect(seqs(sortChecked(list, reversed, exact))).toEqual(expected);
        const half = Math.floor(list.length / 2);
        const parts = [list.slice(0, half).sort(exact), list.slice(half).sort(exact)];
        expect(seqs(mergeChecked(parts, reversed, exact))).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it("orders a real library's references quickly exactly as citeproc does", () => {
    const library = buildLibrary({
      seed: 5,
      sources: 300,
      claims: 10,
      sourceChars: 200,
      tags: 2,
      briefings: 0,
    });
    const items = cslItemsOf(library.sources as Source[]);
    for (const { id } of CITATION_STYLES) {
      const run = runCiteproc(id, items, []);
      const seq = new Map(items.map((item, i) => [item.id, i + 1]));
      const ordered = run.entries.map((e) => ({ sortkeys: e.sortkeys, seq: seq.get(e.sourceId)!, entry: e }));
      const shuffled = ordered.slice().reverse();
      // The quick comparer alone already gives citeproc's order: the check passes, no second sort.
      expect(shuffled.sort(quickBibliographyComparer(id)).map((o) => o.entry.sourceId)).toEqual(
        run.entries.map((e) => e.sourceId),
      );
    }
  });
});
