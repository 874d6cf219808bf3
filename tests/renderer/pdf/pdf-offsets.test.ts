// The map between what pdf.js's text layer shows for a PDF text item and the item's text in the stored
// source text: selection offsets inside an item land on the same characters in the stored text (where
// core trimmed spaces, expanded a ligature or dropped a line-end hyphen too), a selection may run over
// items and pages, and a claim's stored range covers exactly the right part of each item it touches.
import { describe, expect, it } from 'vitest';
import type { PdfItemSpan } from '../../../src/core/import/pdf/assemble-pdf-text';
import { boundariesToRange } from '../../../src/renderer/features/reader/chunk-offsets';
import {
  alignItemText,
  coverItems,
  findPageAt,
  indexItemSpans,
  shownToStored,
  storedToShown,
} from '../../../src/renderer/features/reader/pdf-offsets';

describe('an item’s shown offsets in its stored text', () => {
  it('is the identity when the item is stored as it is shown', () => {
    expect(alignItemText('£8.52m of it', '£8.52m of it')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('skips spaces core trimmed and counts a run of spaces once', () => {
    expect(shownToStored('  Budget  rose ', 'Budget rose', 2)).toBe(0);
    expect(shownToStored('  Budget  rose ', 'Budget rose', 0)).toBe(0);
    expect(shownToStored('  Budget  rose ', 'Budget rose', 10)).toBe(7);
    expect(shownToStored('  Budget  rose ', 'Budget rose', 15)).toBe(11);
  });

  it('lands after an expanded ligature, never inside it', () => {
    // "ﬁnancial" is shown with one ligature character and stored as "financial".
    expect(shownToStored('\uFB01nancial', 'financial', 1)).toBe(2);
    expect(shownToStored('\uFB01nancial', 'financial', 8)).toBe(9);
    expect(storedToShown('\uFB01nancial', 'financial', 2)).toBe(1);
  });

  it('maps the end of a hyphenated line end to the end of the joined word part', () => {
    expect(shownToStored('eco-', 'eco', 4)).toBe(3);
    expect(storedToShown('eco-', 'eco', 3)).toBe(3);
  });

  it('clamps offsets outside the item', () => {
    expect(shownToStored('abc', 'abc', -4)).toBe(0);
    expect(shownToStored('abc', 'abc', 99)).toBe(3);
    expect(storedToShown('abc', 'abc', 99)).toBe(3);
  });
});

// Page 0 holds items 3 and 4 ("In 2014", "Page 1"), page 1 holds item 0 ("the figure").
const spans: PdfItemSpan[] = [
  { page: 0, item: 3, start: 100, end: 107 },
  { page: 0, item: 4, start: 109, end: 115 },
  { page: 1, item: 0, start: 117, end: 127 },
];

describe('a selection over items and pages', () => {
  const inside = (item: { start: number; end: number }, offset: number) => ({
    type: 'inside' as const,
    chunkStart: item.start,
    chunkEnd: item.end,
    offset,
  });

  it('runs from an offset in one page’s item to an offset in the next page’s item', () => {
    const byItem = indexItemSpans(spans);
    const first = byItem.get('0:3')!;
    const last = byItem.get('1:0')!;
    const start = inside(first, shownToStored('In 2014', 'In 2014', 3));
    const end = inside(last, shownToStored(' the figure', 'the figure', 4));
    expect(boundariesToRange(start, end)).toEqual({ start: 103, end: 120 });
    // Dragged upwards: the same range.
    expect(boundariesToRange(end, start)).toEqual({ start: 103, end: 120 });
  });
});

describe('the items a claim covers', () => {
  it('lists each overlapped item with the covered part of its stored text, across the page break', () => {
    expect(coverItems(spans, 103, 120)).toEqual([
      { page: 0, item: 3, from: 3, to: 7 },
      { page: 0, item: 4, from: 0, to: 6 },
      { page: 1, item: 0, from: 0, to: 3 },
    ]);
  });

  it('leaves out items that only touch the range’s ends', () => {
    expect(coverItems(spans, 107, 117)).toEqual([{ page: 0, item: 4, from: 0, to: 6 }]);
  });

  it('finds the page a stored offset is on, a page separator counting with the page before', () => {
    const pages = [
      { index: 0, start: 0, end: 115 },
      { index: 1, start: 117, end: 300 },
    ];
    expect(findPageAt(pages, 0)).toBe(0);
    expect(findPageAt(pages, 116)).toBe(0);
    expect(findPageAt(pages, 117)).toBe(1);
    expect(findPageAt([], 5)).toBeUndefined();
  });
});
