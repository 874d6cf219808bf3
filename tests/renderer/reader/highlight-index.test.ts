// The highlight index answers "which highlights touch this block" exactly as a scan of every highlight
// would, in the order they were given, so a block's segments match those of the whole text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightsIn, indexHighlights } from '../../../src/renderer/features/reader/highlight-index';
import { segmentText } from '../../../src/renderer/features/reader/highlight-segments';

const range = fc
  .tuple(fc.nat(200), fc.nat(200))
  .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));

describe('highlightsIn', () => {
  it('finds a long highlight that starts well before the block', () => {
    const index = indexHighlights([
      { id: 'long', start: 0, end: 150 },
      { id: 'short', start: 120, end: 125 },
      { id: 'after', start: 160, end: 170 },
    ]);
    expect(highlightsIn(index, 100, 130).map((r) => r.id)).toEqual(['long', 'short']);
  });

  it('agrees with a scan of every highlight, and a block segments as the whole text does', () => {
    fc.assert(
      fc.property(fc.array(range, { maxLength: 30 }), range, (raw, block) => {
        const ranges = raw.map((r, i) => ({ id: `c${i}`, ...r }));
        const scanned = ranges.filter((r) => r.end > r.start && r.start < block.end && r.end > block.start);
        expect(highlightsIn(indexHighlights(ranges), block.start, block.end)).toEqual(scanned);
        const whole = segmentText(200, ranges)
          .map((s) => ({ ...s, start: Math.max(s.start, block.start), end: Math.min(s.end, block.end) }))
          .filter((s) => s.end > s.start);
        expect(segmentText(200, scanned, block)).toEqual(whole);
      }),
    );
  });

  it('segments 20,000 highlights on one text, each covering exactly its own range', () => {
    const ranges = Array.from({ length: 20_000 }, (_, i) => ({
      id: `c${i}`,
      start: i * 50,
      end: i * 50 + 30,
    }));
    const segments = segmentText(1_000_000, ranges);
    expect(segments).toHaveLength(40_000);
    expect(segments.filter((s) => s.ids.length === 1).map((s) => s.start)).toEqual(
      ranges.map((r) => r.start),
    );
  });
});
