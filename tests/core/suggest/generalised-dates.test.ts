// Date forms beyond the shared corpus: a bare month that borrows its year from the next month in a
// pair written out in words, and halves of a year.
import { describe, expect, it } from 'vitest';
import { findBlockedSpans } from '../../../src/core/suggest/blocked-spans';
import { findDates } from '../../../src/core/suggest/find-dates';

function dates(text: string) {
  return findDates(text, findBlockedSpans(text)).map((d) => [
    text.slice(d.start, d.end),
    d.startDate,
    d.endDate,
  ]);
}

describe('month pairs written in words', () => {
  it('gives the first month the year of the second, one entry per end', () => {
    expect(dates('a survey carried out in July and August 2021')).toEqual([
      ['July', '2021-07-01', '2021-07-31'],
      ['August 2021', '2021-08-01', '2021-08-31'],
    ]);
  });

  it('puts a December before a January in the year before', () => {
    expect(dates('between December and January 2020')).toEqual([
      ['December', '2019-12-01', '2019-12-31'],
      ['January 2020', '2020-01-01', '2020-01-31'],
    ]);
  });

  it('needs capitalised month names, since "may" and "march" are verbs', () => {
    expect(dates('prices may and March 2021 will tell')).toEqual([
      ['March 2021', '2021-03-01', '2021-03-31'],
    ]);
  });
});

describe('halves of a year', () => {
  it('reads the first half as January to June and the second as July to December', () => {
    expect(dates('in the first half of 2019 and the second half of 2020')).toEqual([
      ['the first half of 2019', '2019-01-01', '2019-06-30'],
      ['the second half of 2020', '2020-07-01', '2020-12-31'],
    ]);
  });
});

describe('deadlines', () => {
  it('reads "by the end of" a year or month as its last day, "the end of" alone as its last months', () => {
    expect(dates('38,000 placements by the end of 2022')).toEqual([
      ['the end of 2022', '2022-12-31', '2022-12-31'],
    ]);
    expect(dates('all forms returned by the end of March 2023')).toEqual([
      ['the end of March 2023', '2023-03-31', '2023-03-31'],
    ]);
    expect(dates('prices rose towards the end of 2019')).toEqual([
      ['the end of 2019', '2019-09-01', '2019-12-31'],
    ]);
  });
});

describe('years placed by what stands before or after them', () => {
  it('reads a year after "the course of" or "compared with" as a date', () => {
    expect(dates('During the course of 1975, deaths rose as compared with 1974.')).toEqual([
      ['1975', '1975-01-01', '1975-12-31'],
      ['1974', '1974-01-01', '1974-12-31'],
    ]);
  });

  it('reads both ends of a range written with "to", whatever stands before it', () => {
    expect(dates('The aim of the LEADER programme 2023 to 2027 is rural growth.')).toEqual([
      ['2023', '2023-01-01', '2023-12-31'],
      ['2027', '2027-01-01', '2027-12-31'],
    ]);
  });

  it('still leaves a year in a name alone', () => {
    expect(dates('The Care Act 2014 applies.')).toEqual([]);
  });
});

describe('two-year forms in a text that counts in euros', () => {
  it('reads "2021-22" as two calendar years, as Irish and EU budgets run', () => {
    expect(dates('€70 million for the transitional period 2021-22.')).toEqual([
      ['2021-22', '2021-01-01', '2022-12-31'],
    ]);
    expect(dates('£70 million for 2021-22.')).toEqual([['2021-22', '2021-04-01', '2022-03-31']]);
  });
});

describe('points, comparisons, day ranges and Irish two-year forms', () => {
  it('reads "at the end of" a year as its last day, as "by the end of" is', () => {
    expect(dates('The industry was down 2.3 million jobs at the end of 2020.')).toEqual([
      ['the end of 2020', '2020-12-31', '2020-12-31'],
    ]);
  });

  it('reads a year after "than" as a date', () => {
    expect(dates('Sales were 19 percent lower than 2019.')).toEqual([['2019', '2019-01-01', '2019-12-31']]);
  });

  it('gives the last day of "July 13th to 16th" the first day’s month and year', () => {
    expect(dates('Gaggle\n\nJune 14, 2022\n\nHe will visit from July 13th to 16th to meet them.')).toEqual([
      ['June 14, 2022', '2022-06-14', '2022-06-14'],
      ['July 13th', '2022-07-13', '2022-07-13'],
      ['16th', '2022-07-16', '2022-07-16'],
    ]);
  });

  it('reads a two-year form in a text of the Oireachtas as calendar years', () => {
    expect(dates('Dáil Éireann debate\n\nProduction must rise by 60% over 2005-2007 levels.')).toEqual([
      ['2005-2007', '2005-01-01', '2007-12-31'],
    ]);
  });
});

describe('tax years, lists of years, month pairs and a day without a preposition', () => {
  it('reads a year after "tax year" and each year of a list', () => {
    expect(dates('A deduction would be available in tax years 1997, 1998, and 1999.')).toEqual([
      ['1997', '1997-01-01', '1997-12-31'],
      ['1998', '1998-01-01', '1998-12-31'],
      ['1999', '1999-01-01', '1999-12-31'],
    ]);
  });

  it('reads both months of "between April and September" in the year the text places them', () => {
    expect(
      dates(
        'Report\nMeeting of the Parliament, Wednesday 28 October 2009\n\nBetween April and September, more attended.',
      ),
    ).toEqual([
      ['28 October 2009', '2009-10-28', '2009-10-28'],
      ['April', '2009-04-01', '2009-04-30'],
      ['September', '2009-09-01', '2009-09-30'],
    ]);
  });

  it('reads a month and day with no word before it, but not "May" alone', () => {
    const text =
      'Record\n\nWednesday, July 20, 2005\n\nIts new term, October 3, is near. It may 3 times fail. May 4 is late.';
    expect(dates(text)).toEqual([
      ['July 20, 2005', '2005-07-20', '2005-07-20'],
      ['October 3', '2005-10-03', '2005-10-03'],
    ]);
  });
});

describe('what the newer date classes leave alone', () => {
  it('leaves a quantity after "more than" and a count after a year and a comma', () => {
    expect(dates('More than 1900 people attended. In 2019, 1900 people attended.')).toEqual([
      ['2019', '2019-01-01', '2019-12-31'],
    ]);
  });

  it('leaves a name with a month and number in it, and a percentage after a day range', () => {
    expect(dates('Report\n\nJuly 20, 2019\n\nThe Long March 5 rocket launched.')).toEqual([
      ['July 20, 2019', '2019-07-20', '2019-07-20'],
    ]);
    expect(
      dates('Report\n\nJuly 20, 2019\n\nThe hearing runs on July 23 to 15 per cent of members.').map(
        ([t]) => t,
      ),
    ).toEqual(['July 20, 2019', 'July 23']);
  });

  it('keeps a UK financial year in a text that counts in pounds and names the Taoiseach once', () => {
    expect(dates('Spending in 2014-15 was £5m. The Taoiseach visited London.')).toEqual([
      ['2014-15', '2014-04-01', '2015-03-31'],
    ]);
  });
});
