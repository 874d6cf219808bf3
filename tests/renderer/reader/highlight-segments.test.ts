// Highlight segmentation: the text is cut at every claim boundary so that overlapping and nested claims all
// render; segments cover the text exactly once, and each lists every claim covering it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickTopmost, segmentText } from '../../../src/renderer/features/reader/highlight-segments';

describe('segmentText', () => {
  it('returns the whole text as one plain segment when there are no highlights', () => {
    expect(segmentText(10, [])).toEqual([{ start: 0, end: 10, ids: [] }]);
  });

  it('splits overlapping highlights at every boundary', () => {
    const segments = segmentText(20, [
      { id: 'a', start: 2, end: 10 },
      { id: 'b', start: 6, end: 14 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 6, ids: ['a'] },
      { start: 6, end: 10, ids: ['a', 'b'] },
      { start: 10, end: 14, ids: ['b'] },
      { start: 14, end: 20, ids: [] },
    ]);
  });

  it('keeps nested and identical highlights', () => {
    const segments = segmentText(10, [
      { id: 'outer', start: 0, end: 10 },
      { id: 'inner', start: 3, end: 5 },
      { id: 'twin', start: 3, end: 5 },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.ids])).toEqual([
      [0, 3, ['outer']],
      [3, 5, ['outer', 'inner', 'twin']],
      [5, 10, ['outer']],
    ]);
  });

  it('ignores empty ranges and clamps ranges that run past the text', () => {
    expect(
      segmentText(5, [
        { id: 'empty', start: 2, end: 2 },
        { id: 'long', start: 3, end: 99 },
      ]),
    ).toEqual([
      { start: 0, end: 3, ids: [] },
      { start: 3, end: 5, ids: ['long'] },
    ]);
  });

  it('always covers the text without gaps, and every highlight exactly over its range', () => {
    const range = fc
      .tuple(fc.nat(60), fc.nat(60))
      .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 8 }), (raw) => {
        const ranges = raw.map((r, i) => ({ id: `c${i}`, ...r }));
        const segments = segmentText(60, ranges);
        expect(segments[0]?.start).toBe(0);
        expect(segments[segments.length - 1]?.end).toBe(60);
        segments.forEach((s, i) => i > 0 && expect(s.start).toBe(segments[i - 1]!.end));
        for (const r of ranges) {
          const covered = segments.filter((s) => s.ids.includes(r.id));
          const length = covered.reduce((n, s) => n + s.end - s.start, 0);
          expect(length).toBe(r.end - r.start);
        }
      }),
    );
  });

  it('picks the shortest covering claim as the one to show', () => {
    const ranges = new Map([
      ['outer', { id: 'outer', start: 0, end: 10 }],
      ['inner', { id: 'inner', start: 3, end: 5 }],
    ]);
    expect(pickTopmost(['outer', 'inner'], ranges)).toBe('inner');
    expect(pickTopmost([], ranges)).toBeUndefined();
  });
});
