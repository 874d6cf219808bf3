// The distinct values a set of cross-checked claims gives, each with the claims that give it: how the
// briefing prints a group of many claims ("£8.52m [1][2][3] and 2 more") and how the app's Cross-checks
// tab lists a conflict group's values with their claim counts. One rule, so both read alike.
import type { DateRef, FigureRef } from './cross-check-types';

export type DistinctValue = { words: string; claimIds: string[]; order: number | string; first: number };

/**
 * The distinct values as written, each with the claims that give it in the order given, sorted by
 * `orderOf` (ties: first given first); a value's words are the key, so "£8.52m" and "£8,520,000" stay two.
 */
export function distinctValues<T extends { claimId: string }>(
  refs: readonly T[],
  orderOf: (ref: T) => number | string,
  wordsOf: (ref: T) => string,
): DistinctValue[] {
  const values = new Map<string, DistinctValue>();
  refs.forEach((ref, i) => {
    const words = wordsOf(ref);
    const value = values.get(words);
    if (value) value.claimIds.push(ref.claimId);
    else values.set(words, { words, claimIds: [ref.claimId], order: orderOf(ref), first: i });
  });
  return [...values.values()].sort(
    (a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0) || a.first - b.first,
  );
}

/** Figures from the smallest up; dates from the earliest. */
export const figureOrder = (f: FigureRef) => f.value;
export const dateOrder = (d: DateRef) => `${d.startDate} ${d.endDate}`;
