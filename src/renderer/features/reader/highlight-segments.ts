// Splits a text into segments at every highlight boundary, so overlapping and nested claims all render:
// each segment knows every claim that covers it. Segments cover the whole text, in order, without gaps.

export type HighlightRange = { id: string; start: number; end: number };
export type Segment = { start: number; end: number; ids: string[] };

export function segmentText(length: number, ranges: HighlightRange[]): Segment[] {
  const clamp = (n: number) => Math.min(Math.max(n, 0), length);
  const valid = ranges
    .map((r) => ({ id: r.id, start: clamp(r.start), end: clamp(r.end) }))
    .filter((r) => r.end > r.start);
  const cuts = new Set<number>([0, length]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const ids = valid.filter((r) => r.start <= start && r.end >= end).map((r) => r.id);
    segments.push({ start, end, ids });
  }
  return segments;
}

/** Of the claims covering a segment, the one to show and open: the shortest, as the most specific. */
export function pickTopmost(ids: string[], ranges: Map<string, HighlightRange>): string | undefined {
  let best: string | undefined;
  let bestLength = Infinity;
  for (const id of ids) {
    const r = ranges.get(id);
    const length = r ? r.end - r.start : Infinity;
    if (length < bestLength) {
      best = id;
      bestLength = length;
    }
  }
  return best;
}
