// Where a text with no dateline stands in time, read from the dates it writes whole: nothing it tells
// without a future marker lies after its own date (so its own date is no earlier than the latest of them),
// and nothing it tells as future lies before it (so no later than the earliest of those). A quoted paper's
// date ("On 11 July 2007, the Prime Minister told the House") is then only a lower bound, not the year a
// later "since June" takes.

import { tenseOfDate } from './date-tense';
import type { Found } from './suggestion';

export type DateBounds = {
  /** The start of the latest date the text does not tell as future. */
  notBefore?: string;
  /** The start of the earliest date the text tells as future. */
  notAfter?: string;
};

export function boundOwnDate(text: string, dated: readonly Found[]): DateBounds {
  const told = dated.map((date) => ({
    start: date.startDate,
    tense: tenseOfDate(text, date.start, date.end),
  }));
  const latest = (past: boolean) =>
    told.reduce<string | undefined>(
      (max, d) =>
        d.start && d.tense !== 'future' && (!past || d.tense === 'past') && (!max || d.start > max)
          ? d.start
          : max,
      undefined,
    );
  const earliestFuture = (notBefore: string | undefined) =>
    told.reduce<string | undefined>(
      (min, d) =>
        d.start && d.tense === 'future' && (!notBefore || d.start >= notBefore) && (!min || d.start < min)
          ? d.start
          : min,
      undefined,
    );
  const unmarked = latest(false);
  if (!unmarked || earliestFuture(undefined) === earliestFuture(unmarked))
    return { notBefore: unmarked, notAfter: earliestFuture(unmarked) };
  // a forecast ("growth of 1.6% in 2018") has no marker of the future: where the unmarked dates run past
  // what the text looks ahead to, only those it tells as past bound it from below, and a future date
  // before them has its marker wrong
  const past = latest(true);
  return { notBefore: past, notAfter: earliestFuture(past) };
}
