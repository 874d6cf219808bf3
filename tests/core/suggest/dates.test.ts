import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/suggest/find-dates';
import { findBlockedSpans } from '../../../src/core/suggest/blocked-spans';

function dates(text: string) {
  return findDates(text, findBlockedSpans(text)).map((d) => [
    text.slice(d.start, d.end),
    d.startDate,
    d.endDate,
  ]);
}

describe('calendar dates', () => {
  it('reads full dates in British and American order, and numeric dates', () => {
    expect(
      dates('answered on 12th December 2017, on March 3, 2019 and on 01/02/2020 (ISO 2020-02-01)'),
    ).toEqual([
      ['12th December 2017', '2017-12-12', '2017-12-12'],
      ['March 3, 2019', '2019-03-03', '2019-03-03'],
      ['01/02/2020', '2020-02-01', '2020-02-01'],
      ['2020-02-01', '2020-02-01', '2020-02-01'],
    ]);
  });

  it('reads the formal "this 22nd day of September, 2011" as that day', () => {
    expect(dates('Endorsed in Ottawa this 22nd day of September, 2011, by both.')).toEqual([
      ['22nd day of September, 2011', '2011-09-22', '2011-09-22'],
    ]);
  });

  it('reads months with full or abbreviated names as the whole month', () => {
    expect(dates('Dec 2017, Sept. 2018, February 2020 and Feb 2019')).toEqual([
      ['Dec 2017', '2017-12-01', '2017-12-31'],
      ['Sept. 2018', '2018-09-01', '2018-09-30'],
      ['February 2020', '2020-02-01', '2020-02-29'],
      ['Feb 2019', '2019-02-01', '2019-02-28'],
    ]);
  });

  it('reads a compact day range as one span, within a month or across two', () => {
    expect(dates('Conference 23-26 Sept 2018 and 30 Sept – 2 Oct 2019.')).toEqual([
      ['23-26 Sept 2018', '2018-09-23', '2018-09-26'],
      ['30 Sept – 2 Oct 2019', '2019-09-30', '2019-10-02'],
    ]);
  });

  it('needs a capitalised month and a year', () => {
    expect(dates('It may 2019 be said; we met on 12 December.')).toEqual([]);
  });
});

describe('financial years and compact spans', () => {
  it('runs two-year forms from 1 April to 31 March', () => {
    expect(dates('budgets for 2014-15, 2018/19, 2014–15 and 2019/2020')).toEqual([
      ['2014-15', '2014-04-01', '2015-03-31'],
      ['2018/19', '2018-04-01', '2019-03-31'],
      ['2014–15', '2014-04-01', '2015-03-31'],
      ['2019/2020', '2019-04-01', '2020-03-31'],
    ]);
  });

  it('runs a multi-year token from April of the first year to March of the last', () => {
    expect(dates('the 2015-18 spending review period')).toEqual([['2015-18', '2015-04-01', '2018-03-31']]);
  });

  it('reads a financial year written out in words after "financial year" as that one year', () => {
    expect(dates('savings through to financial year 2020 to 2021, and in the financial year 2022')).toEqual([
      ['2020 to 2021', '2020-04-01', '2021-03-31'],
      ['financial year 2022', '2022-04-01', '2023-03-31'],
    ]);
  });

  it('uses September to August next to "academic year"', () => {
    expect(dates('in the 2019/20 academic year')).toEqual([['2019/20', '2019-09-01', '2020-08-31']]);
  });
});

describe('event years and ranges in words', () => {
  it('takes years that place an event in time, and both ends of a range in words', () => {
    expect(dates('It was established in 2014 and runs between 2016 and 2018, or from 2019 to 2021.')).toEqual(
      [
        ['2014', '2014-01-01', '2014-12-31'],
        ['2016', '2016-01-01', '2016-12-31'],
        ['2018', '2018-01-01', '2018-12-31'],
        ['2019', '2019-01-01', '2019-12-31'],
        ['2021', '2021-01-01', '2021-12-31'],
      ],
    );
  });

  it('takes a year that a figure is given for', () => {
    expect(dates('The figures for 2017 show a rise.')).toEqual([['2017', '2017-01-01', '2017-12-31']]);
  });

  it('leaves years in names, titles and URLs alone', () => {
    expect(
      dates(
        'The Spending Round 2019 and the Care Act 2014, see https://example.org/2018/02/13/post and 2018/02/13',
      ),
    ).toEqual([]);
  });
});

describe('approximate periods', () => {
  it('keeps the qualifier in the span and gives the standard period', () => {
    expect(dates('late 2017, mid-2016, early March 2019 and Q3 2018')).toEqual([
      ['late 2017', '2017-09-01', '2017-12-31'],
      ['mid-2016', '2016-05-01', '2016-08-31'],
      ['early March 2019', '2019-03-01', '2019-03-10'],
      ['Q3 2018', '2018-07-01', '2018-09-30'],
    ]);
  });

  it('gives seasons their meteorological quarters; winter runs into the next year', () => {
    expect(dates('summer 2019, the autumn of 2020, spring 2021, winter 2018/19')).toEqual([
      ['summer 2019', '2019-06-01', '2019-08-31'],
      ['autumn of 2020', '2020-09-01', '2020-11-30'],
      ['spring 2021', '2021-03-01', '2021-05-31'],
      ['winter 2018/19', '2018-12-01', '2019-02-28'],
    ]);
  });

  it('leaves a hedge outside and relative words unsuggested', () => {
    expect(dates('around Feb 2019; last week; this summer; today')).toEqual([
      ['Feb 2019', '2019-02-01', '2019-02-28'],
    ]);
  });
});
