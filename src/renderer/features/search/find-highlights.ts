// How "Find in document" hits join the reader's highlights: as ranges with ids of their own beside the
// claims', so the text views cut their chunks at hit boundaries too, and a chunk knows whether it is a hit
// and whether it is the current one. Hits are never claims: clicking one picks no claim.
import type { HighlightRange } from '../reader/highlight-segments';

export type FoundHighlights = { ranges: readonly { start: number; end: number }[]; current: number };

const FIND_PREFIX = 'find:';

export const isFindId = (id: string): boolean => id.startsWith(FIND_PREFIX);

export function findRanges(found: FoundHighlights | undefined): HighlightRange[] {
  return found ? found.ranges.map((r, i) => ({ id: `${FIND_PREFIX}${i}`, start: r.start, end: r.end })) : [];
}

/** The find classes of a chunk covered by these highlight ids ('' when no hit covers it). */
export function findClasses(ids: readonly string[], found: FoundHighlights | undefined): string {
  const hits = ids.filter(isFindId);
  if (!found || hits.length === 0) return '';
  return hits.includes(`${FIND_PREFIX}${found.current}`) ? 'find-hit find-current' : 'find-hit';
}
