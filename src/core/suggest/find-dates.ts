// All date suggestions for a text: calendar dates and months (a bare month lent its year by the next), financial years, approximate periods,
// event years and days or months whose year the text gives elsewhere, with overlaps settled so "October 2014" is one date and its "2014" is not another.

import { findApproximatePeriods } from './approximate-periods';
import { findCalendarDates } from './calendar-dates';
import { findEventYears } from './event-years';
import { findFinancialYears } from './financial-years';
import { findMonthPairs } from './month-pairs';
import { pickSpans } from './pick-spans';
import type { Found } from './suggestion';
import type { SpanSet } from './text-spans';
import { findYearlessDates } from './yearless-dates';

export function findDates(text: string, blocked: SpanSet): Found[] {
  // the days and months without a year read their year from these, found once
  const calendar = findCalendarDates(text);
  const years = findEventYears(text);
  return pickSpans(
    [
      ...calendar,
      ...findMonthPairs(text),
      ...findFinancialYears(text),
      ...findApproximatePeriods(text),
      ...years,
      ...findYearlessDates(text, calendar, years),
    ],
    blocked,
  );
}
