// Reads a date claim as a stretch of days with a grain, and compares two of them at the coarser grain:
// "14 October 2014" and "October 2014" are the same month, so they agree; "October 2014" and "2015" are
// different years, so they differ. A period that is not one day, month or year (a financial year
// "2014-15", "March–May 2019") agrees only with the same first and last day, differs from a stretch it does
// not touch, and says nothing about one it overlaps.
import type { Claim, DatePrecision } from '../model/records';
import { derivePrecision } from '../suggest/suggestion-fields';
import type { DateRef } from './cross-check-types';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** How many characters of an ISO day name its day, month or year. */
export const GRAIN_LENGTH: Record<Exclude<DatePrecision, 'period'>, number> = { day: 10, month: 7, year: 4 };
const COARSENESS: Record<DatePrecision, number> = { day: 0, month: 1, year: 2, period: 3 };

export type DateComparison = 'same' | 'different' | 'overlapping';

/** A date claim's first and last day and its grain; undefined when it has no readable start. */
export function readDate(claim: Claim): DateRef | undefined {
  if (claim.kind !== 'date') return undefined;
  const startDate = claim.fields.startDate?.trim() ?? '';
  const endDate = claim.fields.endDate?.trim() || startDate;
  if (!ISO_DAY.test(startDate) || !ISO_DAY.test(endDate) || endDate < startDate) return undefined;
  const precision = coarser(claim.fields.precision ?? 'day', derivePrecision(startDate, endDate) ?? 'day');
  return { claimId: claim.id, sourceId: claim.sourceId, startDate, endDate, precision };
}

export function compareDates(a: DateRef, b: DateRef): DateComparison {
  const grain = coarser(a.precision, b.precision);
  if (grain === 'period') {
    if (a.startDate === b.startDate && a.endDate === b.endDate) return 'same';
    return a.endDate < b.startDate || b.endDate < a.startDate ? 'different' : 'overlapping';
  }
  const cut = (iso: string) => iso.slice(0, GRAIN_LENGTH[grain]);
  // at a grain coarser than its own, a finer date still names one day, month or year (unless it spans
  // two, like 30 December to 2 January: then it is compared as a period would be)
  for (const d of [a, b]) {
    if (cut(d.startDate) !== cut(d.endDate)) {
      return compareDates({ ...a, precision: 'period' }, { ...b, precision: 'period' });
    }
  }
  return cut(a.startDate) === cut(b.startDate) ? 'same' : 'different';
}

function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return COARSENESS[a] >= COARSENESS[b] ? a : b;
}
