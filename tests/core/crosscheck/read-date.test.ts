import { describe, expect, it } from 'vitest';
import { compareDates, readDate } from '../../../src/core/crosscheck/read-date';
import type { DateRef } from '../../../src/core/crosscheck/cross-check-types';
import type { ClaimFields } from '../../../src/core/model/records';
import { claimOn, textSource } from './crosscheck-builders';

const source = textSource('s', 'It happened then.');
function date(fields: ClaimFields): DateRef {
  const ref = readDate(claimOn(source, 'then', 'date', fields));
  if (!ref) throw new Error('not read');
  return ref;
}
const day = (d: string) => date({ startDate: d, endDate: d });
const month = (start: string, end: string) => date({ startDate: start, endDate: end });

describe('comparing dates at the coarser grain', () => {
  it('reads the grain from the dates and the stated precision', () => {
    expect(day('2014-10-14').precision).toBe('day');
    expect(month('2014-10-01', '2014-10-31').precision).toBe('month');
    expect(date({ startDate: '2014-10-01', precision: 'month' })).toMatchObject({
      precision: 'month',
      endDate: '2014-10-01',
    });
    expect(month('2014-04-01', '2015-03-31').precision).toBe('period');
    expect(readDate(claimOn(source, 'then', 'date', { startDate: 'Oct 2014' }))).toBeUndefined();
  });

  it('a day agrees with its month and year, not with another month', () => {
    expect(compareDates(day('2014-10-14'), month('2014-10-01', '2014-10-31'))).toBe('same');
    expect(compareDates(day('2014-10-14'), month('2014-01-01', '2014-12-31'))).toBe('same');
    expect(compareDates(day('2014-10-14'), day('2014-10-15'))).toBe('different');
    expect(compareDates(month('2014-10-01', '2014-10-31'), month('2015-01-01', '2015-12-31'))).toBe(
      'different',
    );
    expect(compareDates(day('2014-10-14'), month('2014-09-01', '2014-09-30'))).toBe('different');
  });

  it('a period agrees only with the same period, differs from what it does not touch', () => {
    const fy = month('2014-04-01', '2015-03-31');
    expect(compareDates(fy, month('2014-04-01', '2015-03-31'))).toBe('same');
    expect(compareDates(fy, month('2016-01-01', '2016-12-31'))).toBe('different');
    expect(compareDates(fy, month('2014-10-01', '2014-10-31'))).toBe('overlapping');
  });
});
