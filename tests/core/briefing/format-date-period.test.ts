import { describe, expect, it } from 'vitest';
import { formatDatePeriod } from '../../../src/core/briefing/format-date-period';

const period = (startDate: string, endDate?: string) =>
  formatDatePeriod(endDate === undefined ? { startDate } : { startDate, endDate });

describe('dates at their precision', () => {
  it('shows a day as day, month name and year', () => {
    expect(period('2014-10-14')).toBe('14 October 2014');
    expect(period('2014-10-14', '2014-10-14')).toBe('14 October 2014');
  });

  it('shows a whole month, a whole year and a quarter as such', () => {
    expect(period('2014-10-01', '2014-10-31')).toBe('October 2014');
    expect(period('2016-02-01', '2016-02-29')).toBe('February 2016');
    expect(period('2014-01-01', '2014-12-31')).toBe('2014');
    expect(period('2014-07-01', '2014-09-30')).toBe('Q3 2014');
    expect(period('2019-01-01', '2019-03-31')).toBe('Q1 2019');
  });

  it('shows financial and academic years as a year span', () => {
    expect(period('2014-04-01', '2015-03-31')).toBe('2014-15');
    expect(period('2014-09-01', '2015-08-31')).toBe('2014-15');
    expect(period('2015-04-01', '2018-03-31')).toBe('2015-18');
    expect(period('1999-04-01', '2000-03-31')).toBe('1999-2000');
  });

  it('shows other periods by their ends at the coarsest exact precision', () => {
    expect(period('2019-03-01', '2019-05-31')).toBe('March–May 2019');
    expect(period('2019-12-01', '2020-02-29')).toBe('December 2019 – February 2020');
    expect(period('2014-01-01', '2016-12-31')).toBe('2014–2016');
    expect(period('2019-03-01', '2019-03-10')).toBe('1–10 March 2019');
    expect(period('2019-03-21', '2019-04-02')).toBe('21 March – 2 April 2019');
    expect(period('2014-10-14', '2015-01-02')).toBe('14 October 2014 – 2 January 2015');
  });

  it('lets a lone date be coarsened by the claim’s precision', () => {
    expect(formatDatePeriod({ startDate: '2014-10-01', precision: 'month' })).toBe('October 2014');
    expect(formatDatePeriod({ startDate: '2014-01-01', precision: 'year' })).toBe('2014');
    expect(formatDatePeriod({ startDate: '2014-10-14', precision: 'day' })).toBe('14 October 2014');
  });

  it('handles missing or unusual dates without inventing any', () => {
    expect(formatDatePeriod({})).toBe('');
    expect(formatDatePeriod({ endDate: '2015-03-31' })).toBe('until 31 March 2015');
    expect(period('2017')).toBe('2017');
    expect(period('2015-02-30')).toBe('2015-02-30');
    expect(period('2015-03-31', '2014-04-01')).toBe('31 March 2015 – 1 April 2014');
  });
});
