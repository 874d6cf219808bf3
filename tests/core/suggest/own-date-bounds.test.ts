// Where a text without a dateline stands in time: no earlier than the latest date it does not tell as
// future, no later than the earliest it tells as future; a quoted paper's older date is only a lower bound.
import { describe, expect, it } from 'vitest';
import { findCalendarDates } from '../../../src/core/suggest/calendar-dates';
import { findEventYears } from '../../../src/core/suggest/event-years';
import { boundOwnDate } from '../../../src/core/suggest/own-date-bounds';

const bounds = (text: string) => boundOwnDate(text, [...findCalendarDates(text), ...findEventYears(text)]);

describe('boundOwnDate', () => {
  it('takes the latest date told as past or unmarked as the earliest the text can be', () => {
    const text = 'On 3 May 2004, the Minister told the House: "We will act." The results for 2011 are poor.';
    expect(bounds(text)).toEqual({ notBefore: '2011-01-01', notAfter: undefined });
  });

  it('takes the earliest date told as future as the latest the text can be', () => {
    const text = 'A fund will open in January 2031. Coverage must reach half by March 2032.';
    expect(bounds(text)).toEqual({ notBefore: undefined, notAfter: '2031-01-01' });
  });

  it('keeps to dates told as past when unmarked forecasts run past the future it names', () => {
    const text =
      'Growth is 1.9% in 2029 and 2.0% in 2030. From September 2026, the allowance will double. Building on the steps taken in December 2025, councils get more.';
    expect(bounds(text)).toEqual({ notBefore: '2025-12-01', notAfter: '2026-09-01' });
  });
});
