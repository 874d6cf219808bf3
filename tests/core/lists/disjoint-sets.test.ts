// Disjoint sets put two numbers in one set exactly when a chain of unions joins them (checked against
// sets merged by hand), and a chain of a million unions neither recurses nor slows to a crawl.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDisjointSets } from '../../../src/core/lists/disjoint-sets';

describe('disjoint sets', () => {
  it('join exactly what chains of unions join', () => {
    const input = fc
      .integer({ min: 1, max: 30 })
      .chain((size) =>
        fc.tuple(
          fc.constant(size),
          fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: 40 }),
        ),
      );
    fc.assert(
      fc.property(input, ([size, unions]) => {
        const sets = createDisjointSets(size);
        // By hand: each number's set label, relabelled wholesale on every union.
        const label = Array.from({ length: size }, (_, i) => i);
        for (const [a, b] of unions) {
          sets.union(a, b);
          const [from, to] = [label[b]!, label[a]!];
          for (let i = 0; i < size; i++) if (label[i] === from) label[i] = to;
        }
        for (let a = 0; a < size; a++)
          for (let b = 0; b < size; b++) expect(sets.find(a) === sets.find(b)).toBe(label[a] === label[b]);
      }),
      { numRuns: 300 },
    );
  });

  it('follows a chain as long as the input without recursion', () => {
    const size = 1_000_000;
    const sets = createDisjointSets(size);
    for (let i = 1; i < size; i++) sets.union(i, i - 1);
    expect(sets.find(0)).toBe(sets.find(size - 1));
  });
});
