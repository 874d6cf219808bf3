// Days and months written without a year take it from the text: its heading's date (a day well after it
// belongs to the year before), else the nearest date written in full, else a year in its title; a text
// that dates nothing gets none. In a text about the United States a bare "2018-2019" is two calendar years.
import { describe, expect, it } from 'vitest';
import { findApproximatePeriods } from '../../../src/core/suggest/approximate-periods';
import { findEventYears } from '../../../src/core/suggest/event-years';
import { findFinancialYears } from '../../../src/core/suggest/financial-years';
import { findYearlessDates } from '../../../src/core/suggest/yearless-dates';

const read = (text: string) =>
  findYearlessDates(text).map((d) => [text.slice(d.start, d.end), d.startDate, d.endDate]);

describe('findYearlessDates', () => {
  it('takes the year of the heading’s date', () => {
    const text =
      'Harbour Questions\n\nCouncil debate, Tuesday 14 June 2022\n\nArrests were made on 13 June, and fees have risen since February. The figures as of 31 March show it. Traffic fell last year.';
    expect(read(text)).toEqual([
      ['13 June', '2022-06-13', '2022-06-13'],
      ['31 March', '2022-03-31', '2022-03-31'],
      ['February', '2022-02-01', '2022-02-28'],
      ['last year', '2021-01-01', '2021-12-31'],
    ]);
  });

  it('takes a day months after the heading’s date as the year before', () => {
    const text = 'Petitions\n\nThursday 15 January 2026\n\nOn 3 December the council confirmed the closure.';
    expect(read(text)).toEqual([['3 December', '2025-12-03', '2025-12-03']]);
  });

  it('takes the nearest date written in full when the heading has none, else the title’s year', () => {
    const text =
      'Rail Debate\n\nThe study reported on 9 August 2011. The board met on 21 July and will decide by December. A review follows on 4 May 2014.';
    expect(read(text)).toEqual([
      ['21 July', '2011-07-21', '2011-07-21'],
      ['December', '2011-12-01', '2011-12-31'],
    ]);
    expect(read('Budget Speech 2027\n\nThe new rates start in November.')).toEqual([
      ['November', '2027-11-01', '2027-11-30'],
    ]);
  });

  it('leaves days alone in a text that dates nothing, and "May" alone as the verb it may be', () => {
    expect(read('Notes\n\nThe board met on 21 July.')).toEqual([]);
    expect(read('Report, 2 March 2020\n\nCouncils in May choose otherwise; by May they had.')).toEqual([]);
  });
});

describe('two-year forms in an American text', () => {
  it('reads "2018-2019" as two calendar years where the text counts dollars or no pounds', () => {
    const us = 'In 2018-2019 the United States raised tariffs.';
    const [found] = findFinancialYears(us);
    expect([found?.startDate, found?.endDate]).toEqual(['2018-01-01', '2019-12-31']);
    const uk = 'In 2018-2019 the council spent £4m.';
    const [fy] = findFinancialYears(uk);
    expect([fy?.startDate, fy?.endDate]).toEqual(['2018-04-01', '2019-03-31']);
  });
});

describe('decades', () => {
  it('reads "the 1990s" and "the 1990\'s" as ten years', () => {
    const text = "Borrowing doubled in the 1990's and again in the 2000s; 1990 alone was flat.";
    expect(
      findApproximatePeriods(text).map((d) => [text.slice(d.start, d.end), d.startDate, d.endDate]),
    ).toEqual([
      ["1990's", '1990-01-01', '1999-12-31'],
      ['2000s', '2000-01-01', '2009-12-31'],
    ]);
  });
});

describe('years after "the year"', () => {
  it('reads "by the year 2005" as the year, as "by 2005" is', () => {
    const text = 'By the year 2005, most jobs will need computing skills; the Goals 2000 programme helps.';
    expect(findEventYears(text).map((d) => [text.slice(d.start, d.end), d.startDate])).toEqual([
      ['2005', '2005-01-01'],
    ]);
  });
});
