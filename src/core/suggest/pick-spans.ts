// Settles overlaps between candidate spans of one kind: where two finders claim overlapping text, the
// longer span wins ("12th December 2017" over "December 2017", "half a billion pounds" over "half"), then
// the more confident one. Also drops candidates that touch text no finder may use (URLs, phone numbers).
// Candidates are grouped into runs of mutually overlapping spans first, so the work stays near-linear.

import type { Found } from './suggestion';
import type { SpanSet } from './text-spans';

export function pickSpans(candidates: Found[], blocked?: SpanSet): Found[] {
  const sorted = candidates
    .filter((c) => !blocked?.overlaps(c.start, c.end))
    .sort((a, b) => a.start - b.start);
  const kept: Found[] = [];
  let cluster: Found[] = [];
  let clusterEnd = -1;
  for (const c of sorted) {
    if (c.start >= clusterEnd && cluster.length) {
      settleCluster(cluster, kept);
      cluster = [];
    }
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.end);
  }
  if (cluster.length) settleCluster(cluster, kept);
  return kept.sort((a, b) => a.start - b.start);
}

function settleCluster(cluster: Found[], kept: Found[]): void {
  if (cluster.length === 1) {
    kept.push(cluster[0] as Found);
    return;
  }
  const ranked = [...cluster].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  const taken: Found[] = [];
  for (const c of ranked) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
    kept.push(c);
  }
}
