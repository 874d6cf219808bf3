// The corroboration index's sorted leaders: after any mix of additions (equal values, negatives, huge and
// tiny numbers) every range lists exactly the groups a sorted array spliced at each addition would list,
// in the same order; and a hundred thousand distinct values, each added between look-ups as a whole
// library's figures are, are all found.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SortedValues } from '../../../src/core/crosscheck/sorted-values';

/** The plain way: a sorted array, each value spliced in before the values equal to it. */
function spliced(values: number[]) {
  const sorted: { value: number; group: number }[] = [];
  values.forEach((value, group) => {
    const at = sorted.findIndex((v) => v.value >= value);
    sorted.splice(at === -1 ? sorted.length : at, 0, { value, group });
  });
  return (low: number, high: number) =>
    sorted.filter((v) => v.value >= low && v.value <= high).map((v) => v.group);
}

const value = fc.oneof(
  fc.integer({ min: -20, max: 20 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
);

describe('SortedValues', () => {
  it('lists the groups in a range as a spliced sorted array does, equal values latest first', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 200 }), value, value, (values, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const sorted = new SortedValues();
        values.forEach((v, group) => sorted.add(v, group));
        expect([...sorted.within(low, high)]).toEqual(spliced(values)(low, high));
      }),
      { numRuns: 1_000 },
    );
  });

  it('answers between additions, over a hundred thousand distinct values', () => {
    const sorted = new SortedValues();
    const count = 100_000;
    let found = 0;
    for (let i = 0; i < count; i++) {
      // A stride coprime with the count visits every value once, out of order.
      const v = (i * 7_919) % count;
      sorted.add(v, i);
      found += [...sorted.within(v - 0.5, v + 0.5)].length;
    }
    expect(found).toBe(count);
    expect([...sorted.within(0, count)].length).toBe(count);
    expect([...sorted.within(41_999.5, 42_001)].length).toBe(2);
  });
});
