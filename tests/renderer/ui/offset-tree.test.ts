// The offsets a virtual list places its items at: each item's start, the item under a scroll offset and the
// total height, kept right as items are measured one at a time, compared with plain running sums.
import { describe, expect, it } from 'vitest';
import { OffsetTree } from '../../../src/renderer/ui/offset-tree';

function runningStarts(sizes: number[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const size of sizes) {
    starts.push(at);
    at += size;
  }
  return starts;
}

/** The item an offset falls in, by walking the list. */
function walkTo(sizes: number[], offset: number): number {
  const starts = runningStarts(sizes);
  let found = 0;
  starts.forEach((start, i) => {
    if (start <= offset) found = i;
  });
  return found;
}

describe('OffsetTree', () => {
  it('gives every start, the total and the item under each offset, as running sums do', () => {
    const sizes = [158, 200, 158, 90, 158, 300, 12];
    const tree = new OffsetTree(sizes);
    expect(sizes.map((_, i) => tree.start(i))).toEqual(runningStarts(sizes));
    expect(tree.total).toBe(1076);
    for (const offset of [0, 1, 157, 158, 159, 357, 358, 515, 516, 605, 1075])
      expect(tree.indexAt(offset), `offset ${offset}`).toBe(walkTo(sizes, offset));
  });

  it('clamps offsets before the first item and past the last', () => {
    const tree = new OffsetTree([10, 10, 10]);
    expect(tree.indexAt(-50)).toBe(0);
    expect(tree.indexAt(30)).toBe(2);
    expect(tree.indexAt(10_000)).toBe(2);
    expect(new OffsetTree([]).indexAt(0)).toBe(-1);
  });

  it('stays right while items are measured one at a time, in any order', () => {
    const sizes = Array.from({ length: 1_000 }, () => 150);
    const tree = new OffsetTree(sizes);
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 300; round += 1) {
      const index = Math.floor(random() * sizes.length);
      const size = 40 + Math.floor(random() * 300);
      expect(tree.set(index, size)).toBe(size - (sizes[index] ?? 0));
      sizes[index] = size;
    }
    const starts = runningStarts(sizes);
    expect(sizes.map((_, i) => tree.start(i))).toEqual(starts);
    expect(tree.total).toBe(sizes.reduce((a, b) => a + b, 0));
    for (let i = 0; i < sizes.length; i += 37) {
      expect(tree.indexAt(starts[i] ?? 0)).toBe(i);
      expect(tree.indexAt((starts[i] ?? 0) + (sizes[i] ?? 0) - 1)).toBe(i);
    }
  });

  it('measures an item at 100,000 without walking the list', () => {
    const tree = new OffsetTree(new Float64Array(100_000).fill(158));
    tree.set(50_000, 200);
    expect(tree.start(50_001)).toBe(50_000 * 158 + 200);
    expect(tree.indexAt(50_000 * 158 + 199)).toBe(50_000);
    expect(tree.indexAt(50_000 * 158 + 200)).toBe(50_001);
  });
});
