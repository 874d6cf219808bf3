// The loop-based list helpers work on lists far past the size where a spread call overflows the stack,
// and agree with Math.max/Math.min (and push) on small ones.
import { describe, expect, it } from 'vitest';
import { appendAll, maxOf, minOf } from '../../../src/core/lists/append-all';

const big = Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_003);

describe('appendAll, maxOf, minOf', () => {
  it('handle a million elements, where a spread call throws', () => {
    expect(() => [].push(...(big as never[]))).toThrow(RangeError);
    const target = [1, 2];
    expect(appendAll(target, big)).toBe(target);
    expect(target).toHaveLength(1_000_002);
    expect(target.slice(0, 4)).toEqual([1, 2, big[0], big[1]]);
    expect(maxOf(big)).toBe(big.reduce((a, b) => (a > b ? a : b)));
    expect(minOf(big)).toBe(big.reduce((a, b) => (a < b ? a : b)));
  });

  it('agree with Math.max and Math.min, including empty lists and NaN', () => {
    for (const values of [[3, -1, 2], [-5], [0, -0], [1, NaN, 3]]) {
      expect(maxOf(values)).toBe(Math.max(...values));
      expect(minOf(values)).toBe(Math.min(...values));
    }
    expect(maxOf([])).toBe(-Infinity);
    expect(minOf([])).toBe(Infinity);
    expect(maxOf([], 1)).toBe(1);
    expect(maxOf(new Set([4, 9, 2]))).toBe(9);
  });
});
