// The reader's blocks: they cover the text exactly, end after a line break where one is near, stay under
// the size limit, and the block holding an offset is found by binary search.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBlockAt, splitIntoBlocks } from '../../../src/renderer/features/reader/reader-blocks';

describe('splitIntoBlocks', () => {
  it('cuts after a paragraph break past the target, keeping the break in the block before', () => {
    const text = `${'a'.repeat(12)}\n\n\n${'b'.repeat(12)}\nc`;
    const blocks = splitIntoBlocks(text, 10, 20);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      `${'a'.repeat(12)}\n\n\n`,
      `${'b'.repeat(12)}\nc`,
    ]);
  });

  it('cuts a text without line breaks at the limit', () => {
    expect(splitIntoBlocks('x'.repeat(25), 5, 10)).toEqual([
      { start: 0, end: 10 },
      { start: 10, end: 20 },
      { start: 20, end: 25 },
    ]);
  });

  it('returns no block for an empty text', () => {
    expect(splitIntoBlocks('')).toEqual([]);
  });

  it('always covers the text in order, each block within the limit, and finds the block of any offset', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '\n'), { maxLength: 400 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text, fc.nat(399), (t, at) => {
        const blocks = splitIntoBlocks(t, 20, 50);
        expect(blocks.map((b) => t.slice(b.start, b.end)).join('')).toBe(t);
        for (const b of blocks) expect(b.end - b.start).toBeGreaterThan(0);
        for (const b of blocks) expect(b.end - b.start).toBeLessThanOrEqual(50);
        if (at < t.length) {
          const block = blocks[findBlockAt(blocks, at)]!;
          expect(at >= block.start && at < block.end).toBe(true);
        }
      }),
    );
  });
});
