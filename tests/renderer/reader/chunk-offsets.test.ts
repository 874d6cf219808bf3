// The map from a selection on screen back to stored offsets: a boundary inside a chunk's text node is the
// chunk's start plus the offset; a boundary between elements is the start of the next chunk or the end of
// the previous one; the two ends may come in either order, and a collapsed selection selects nothing.
import { describe, expect, it } from 'vitest';
import { boundariesToRange, boundaryToOffset } from '../../../src/renderer/features/reader/chunk-offsets';
import { segmentText } from '../../../src/renderer/features/reader/highlight-segments';

describe('chunk offsets', () => {
  it('maps a boundary inside a chunk to the chunk start plus the offset', () => {
    expect(boundaryToOffset({ type: 'inside', chunkStart: 120, chunkEnd: 200, offset: 7 })).toBe(127);
    expect(boundaryToOffset({ type: 'inside', chunkStart: 120, chunkEnd: 200, offset: 0 })).toBe(120);
    expect(boundaryToOffset({ type: 'inside', chunkStart: 120, chunkEnd: 200, offset: 80 })).toBe(200);
  });

  it('clamps an offset beyond the chunk to its end', () => {
    expect(boundaryToOffset({ type: 'inside', chunkStart: 10, chunkEnd: 15, offset: 99 })).toBe(15);
  });

  it('maps boundaries between elements to the neighbouring chunk edge', () => {
    expect(boundaryToOffset({ type: 'before', chunkStart: 42 })).toBe(42);
    expect(boundaryToOffset({ type: 'after', chunkEnd: 42 })).toBe(42);
  });

  it('gives the stored range of a selection across chunks, in either direction', () => {
    const start = { type: 'inside', chunkStart: 0, chunkEnd: 30, offset: 25 } as const;
    const end = { type: 'inside', chunkStart: 30, chunkEnd: 50, offset: 4 } as const;
    expect(boundariesToRange(start, end)).toEqual({ start: 25, end: 34 });
    expect(boundariesToRange(end, start)).toEqual({ start: 25, end: 34 });
  });

  it('returns null for a collapsed selection', () => {
    const at = { type: 'inside', chunkStart: 10, chunkEnd: 20, offset: 10 } as const;
    expect(boundariesToRange(at, { type: 'after', chunkEnd: 20 })).toBeNull();
  });

  it('recovers the exact selected text through rendered segments, astral characters included', () => {
    const text = 'Spend £8.52m 😀 on trusts\nand £2.7 m on LAs.';
    const segments = segmentText(text.length, [{ id: 'a', start: 6, end: 12 }]);
    // A user selects from inside the second chunk ("£8.52m") to inside the last one.
    const second = segments[1]!;
    const last = segments[segments.length - 1]!;
    const range = boundariesToRange(
      { type: 'inside', chunkStart: second.start, chunkEnd: second.end, offset: 1 },
      { type: 'inside', chunkStart: last.start, chunkEnd: last.end, offset: 7 },
    );
    expect(range).not.toBeNull();
    expect(text.slice(range!.start, range!.end)).toBe('8.52m 😀 on ');
  });
});
