// Puts bibliography entries formatted apart (kept from an earlier briefing, or run in separate registries)
// in the order one citeproc registry of all of them gives. citeproc's own comparer is the judge, but it
// lower-cases both strings and builds a collation for every comparison: sorting the 10,000 kept entries
// of a large library with it takes half a second. So the entries are ordered with a quick comparer first
// (the same sort keys and directions through one reusable Intl.Collator), and citeproc's comparer then
// checks each neighbouring pair; only if a pair is out of its order (a collation the quick one reads
// otherwise) is the whole ordered again by citeproc's comparer alone. The result is citeproc's order
// either way; the quick comparer only decides how fast it comes.
import { bibliographyComparer, quickBibliographyComparer, type SortKeyed } from './run-citeproc';
import type { CitationStyleId } from '../document/briefing-document';

export type Ordered<T> = SortKeyed & { entry: T };

function isInOrder<T>(entries: readonly Ordered<T>[], compare: Comparer) {
  for (let i = 1; i < entries.length; i++) if (compare(entries[i - 1]!, entries[i]!) > 0) return false;
  return true;
}

type Comparer = (a: SortKeyed, b: SortKeyed) => number;

/** The entries in the style's bibliography order (ties to the lower `seq`). */
export const sortInStyleOrder = <T>(style: CitationStyleId, entries: Ordered<T>[]) =>
  sortChecked(entries, quickBibliographyComparer(style), bibliographyComparer(style));

/** Lists each in the style's order merged into one, in that order. */
export const mergeInStyleOrder = <T>(style: CitationStyleId, lists: readonly Ordered<T>[][]) =>
  mergeChecked(lists, quickBibliographyComparer(style), bibliographyComparer(style));

/** Sorted by `quick` when `exact` finds that in order, else by `exact`: always `exact`'s order. */
export function sortChecked<T>(entries: Ordered<T>[], quick: Comparer, exact: Comparer): Ordered<T>[] {
  const sorted = entries.slice().sort(quick);
  return isInOrder(sorted, exact) ? sorted : entries.slice().sort(exact);
}

/** Lists each in `exact`'s order, merged by `quick` when that comes out in `exact`'s order, else by `exact`. */
export function mergeChecked<T>(
  lists: readonly Ordered<T>[][],
  quick: Comparer,
  exact: Comparer,
): Ordered<T>[] {
  const filled = lists.filter((list) => list.length > 0);
  if (filled.length <= 1) return filled[0] ?? [];
  const merged = mergeBy(filled, quick);
  return isInOrder(merged, exact) ? merged : mergeBy(filled, exact);
}

/** A k-way merge taking at each step the head `compare` puts first (earlier lists win ties). */
function mergeBy<T>(lists: readonly Ordered<T>[][], compare: Comparer): Ordered<T>[] {
  const at = lists.map(() => 0);
  const merged: Ordered<T>[] = [];
  for (;;) {
    let best = -1;
    for (let q = 0; q < lists.length; q++) {
      if (at[q]! >= lists[q]!.length) continue;
      if (best < 0 || compare(lists[q]![at[q]!]!, lists[best]![at[best]!]!) < 0) best = q;
    }
    if (best < 0) return merged;
    merged.push(lists[best]![at[best]!++]!);
  }
}
