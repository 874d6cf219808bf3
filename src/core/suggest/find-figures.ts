// All figure suggestions for a text: money (pence and cents too), percentages, ratios and counts, with
// overlaps settled so a number is read once, in its most specific (longest) form: "£2.7 m" is money, "one in
// six" a ratio; counts come both before their noun ("285 expressions"), after "the number of ..." and as the
// subject of a passive ("251 were assigned").

import { findCents } from './cents';
import { findCounts } from './counts';
import { findMoney } from './money';
import { findParticipleCounts } from './participle-counts';
import { findPence } from './pence';
import { findPercentages } from './percentages';
import { pickSpans } from './pick-spans';
import { findRatios } from './ratios';
import { findRunningCounts } from './running-counts';
import { findStatedCounts } from './stated-counts';
import type { Found } from './suggestion';
import type { SpanSet } from './text-spans';
import { findVoteTallies } from './vote-tallies';

export function findFigures(text: string, blocked: SpanSet): Found[] {
  return pickSpans(
    [
      ...findMoney(text),
      ...findPence(text),
      ...findCents(text),
      ...findPercentages(text),
      ...findRatios(text),
      ...findCounts(text),
      ...findStatedCounts(text),
      ...findRunningCounts(text),
      ...findParticipleCounts(text),
      ...findVoteTallies(text),
    ],
    blocked,
  );
}
