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
      'Rail Debate\n\nThe study reported on 9 August 2011. The board meets on 21 July. A review follows on 4 May 2014.';
    expect(read(text)).toEqual([['21 July', '2011-07-21', '2011-07-21']]);
    expect(read('Budget Speech 2027\n\nThe new rates start in November.')).toEqual([
      ['November', '2027-11-01', '2027-11-30'],
    ]);
  });

  it('places "last", "this" and "next" with a month before, in or after the heading’s year', () => {
    const text =
      'Ferry Questions\n\nCouncil debate, Thursday 20 October 2022\n\nThe review promised last December is late; crews finish training this December and the new route opens next March. Last October the fares rose, and next November they rise again.';
    expect(read(text)).toEqual([
      ['last December', '2021-12-01', '2021-12-31'],
      ['this December', '2022-12-01', '2022-12-31'],
      ['next March', '2023-03-01', '2023-03-31'],
      ['Last October', '2021-10-01', '2021-10-31'],
      ['next November', '2022-11-01', '2022-11-30'],
    ]);
    // with no dated heading there is nothing to count from, and "this may" is the verb
    expect(read('Ferry notes\n\nThe route opened last December.')).toEqual([]);
    expect(read('Notes, 2 March 2020\n\nThis may change by next week.')).toEqual([]);
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

  it('reads "fiscal years 2031 and 2032" as one fiscal year at each end', () => {
    const text = 'The program gets $40 million to meet needs in fiscal years 2031 and 2032.';
    expect(findFinancialYears(text).map((d) => [text.slice(d.start, d.end), d.startDate, d.endDate])).toEqual(
      [
        ['fiscal years 2031', '2030-10-01', '2031-09-30'],
        ['2032', '2031-10-01', '2032-09-30'],
      ],
    );
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

  it('reads "the early 1990s" and "the mid-1980s" as the decade, the qualifier outside the span', () => {
    const text =
      'Systems have run since the early 1990s; costs rose from the mid-1980s. In early 1990 they fell.';
    expect(
      findApproximatePeriods(text)
        .filter((d) => text.slice(d.start, d.end).endsWith('s'))
        .map((d) => [text.slice(d.start, d.end), d.startDate, d.endDate]),
    ).toEqual([
      ['1990s', '1990-01-01', '1999-12-31'],
      ['1980s', '1980-01-01', '1989-12-31'],
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

describe('findYearlessDates, by the tense of the sentence', () => {
  it('puts a day told as future after the heading’s date, however far ahead', () => {
    const text =
      'Scheme Review\n\nDebate, Wednesday 25 May 2016\n\nThe review in September will report. It was set up in March.';
    expect(read(text)).toEqual([
      ['September', '2016-09-01', '2016-09-30'],
      ['March', '2016-03-01', '2016-03-31'],
    ]);
  });

  it('takes the year from the text’s own dates, not from an older paper it quotes', () => {
    const text =
      'Green Belt\n\nOn 11 July 2007, the Prime Minister told the House that the green belt would stay as safe as it had been for decades.\n\nThe figures for 2009 are poor. The £6 million released since June will help.';
    expect(read(text)).toEqual([['June', '2009-06-01', '2009-06-30']]);
  });

  it('puts a day told as past before the earliest date the text looks ahead to', () => {
    const text =
      'Farming\n\nThe plan published on 15 July sets the course. A grant will be launched in January 2010, and coverage must grow by March 2011.';
    expect(read(text)).toEqual([['15 July', '2009-07-15', '2009-07-15']]);
  });

  it('puts a past month of a titled year before what the text schedules later that year', () => {
    const text =
      'Spring Budget 2031\n\nSpending has been stronger than forecast in November. From September 2031, the offer will double.';
    expect(read(text)).toEqual([['November', '2030-11-01', '2030-11-30']]);
  });
});
