// The highlights of one source sorted by where they start, so the reader can ask for those touching one
// block of text without scanning all 20,000: a binary search from the block's start less the longest
// highlight's length finds every range that could reach into it. Ranges come back in the order they were
// given, so a block's segments list their claims exactly as a segmentation of the whole text would.
import type { HighlightRange } from './highlight-segments';

type Entry = { range: HighlightRange; order: number };
export type HighlightIndex = { byStart: Entry[]; longest: number };

export function indexHighlights(ranges: readonly HighlightRange[]): HighlightIndex {
  const byStart: Entry[] = [];
  let longest = 0;
  ranges.forEach((range, order) => {
    if (range.end <= range.start) return;
    byStart.push({ range, order });
    longest = Math.max(longest, range.end - range.start);
  });
  byStart.sort((a, b) => a.range.start - b.range.start);
  return { byStart, longest };
}

function firstStartingAtOrAfter(list: readonly Entry[], offset: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid] as Entry).range.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The ranges that overlap [start, end), in the order they were given. */
export function highlightsIn(index: HighlightIndex, start: number, end: number): HighlightRange[] {
  const found: Entry[] = [];
  const { byStart } = index;
  for (let i = firstStartingAtOrAfter(byStart, start - index.longest); i < byStart.length; i += 1) {
    const entry = byStart[i] as Entry;
    if (entry.range.start >= end) break;
    if (entry.range.end > start) found.push(entry);
  }
  found.sort((a, b) => a.order - b.order);
  return found.map((e) => e.range);
}
