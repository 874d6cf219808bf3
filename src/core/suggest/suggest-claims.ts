// Suggests figure, date and stance claims for a source's text, offline and in a few linear passes: each
// finder scans the whole text once with precompiled patterns, overlaps are settled per kind, and a figure
// that sits inside a date ("12th" in "12th December 2017") gives way to the date. Offsets are UTF-16 code
// units into `text`, and every suggestion's `text` is exactly `text.slice(start, end)`.

import { findBlockedSpans } from './blocked-spans';
import { findDates } from './find-dates';
import { findFigures } from './find-figures';
import { findStances } from './find-stances';
import { shippedJudge } from './shipped-stance-model';
import type { Found, SuggestOptions, Suggestion, SuggestionKind } from './suggestion';
import { SpanSet } from './text-spans';
import { appendAll } from '../lists/append-all';

export type { Suggestion, SuggestOptions, SuggestionKind } from './suggestion';

const ALL_KINDS: SuggestionKind[] = ['figure', 'date', 'stance'];

export function suggestClaims(text: string, options: SuggestOptions = {}): Suggestion[] {
  const kinds = new Set(options.kinds ?? ALL_KINDS);
  const found: Found[] = [];
  if (kinds.has('figure') || kinds.has('date')) {
    const blocked = findBlockedSpans(text);
    // dates are found even when only figures are asked for: a number inside a date is not a figure
    const dates = findDates(text, blocked);
    if (kinds.has('date')) appendAll(found, dates);
    if (kinds.has('figure')) {
      const dateSpans = new SpanSet(dates);
      appendAll(
        found,
        findFigures(text, blocked).filter((f) => !dateSpans.overlaps(f.start, f.end)),
      );
    }
  }
  if (kinds.has('stance')) appendAll(found, findStances(text, undefined, options.judge ?? shippedJudge()));
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  // the finders' objects are fresh, so they are completed in place rather than copied
  for (const f of found) {
    (f as Suggestion).text = text.slice(f.start, f.end);
    f.confidence = Math.round(f.confidence * 100) / 100;
  }
  return found as Suggestion[];
}
