// Figures and dates running text states in forms the corpus never used: large counts with no noun after
// them, counts with a scale, "N times more likely", percentage points written "pp", a capitalised scale in
// a headline, US fiscal years, "March of 2022" and years that date a thing ("the 2017 rule").
import { describe, expect, it } from 'vitest';
import { findBlockedSpans } from '../../../src/core/suggest/blocked-spans';
import { findDates } from '../../../src/core/suggest/find-dates';
import { findFigures } from '../../../src/core/suggest/find-figures';

function figures(text: string) {
  return findFigures(text, findBlockedSpans(text)).map((f) => [text.slice(f.start, f.end), f.value, f.unit]);
}

function dates(text: string) {
  return findDates(text, findBlockedSpans(text)).map((d) => [
    text.slice(d.start, d.end),
    d.startDate,
    d.endDate,
  ]);
}

describe('counts in running text', () => {
  it('reads grouped digits with no noun after them, and counts with a scale', () => {
    expect(figures('Child poverty would fall by 310,000 (from 790,000 to 75,000).')).toEqual([
      ['310,000', 310000, 'count'],
      ['790,000', 790000, 'count'],
      ['75,000', 75000, 'count'],
    ]);
    expect(figures('the 1.5m figure is an underestimate')).toEqual([['1.5m', 1_500_000, 'count']]);
    expect(figures('more than a quarter of the one million or so stops')).toContainEqual([
      'one million',
      1_000_000,
      'count',
    ]);
    expect(figures('some of the a quarter of a million adults')).toContainEqual([
      'a quarter of a million',
      250_000,
      'count',
    ]);
  });

  it('leaves money, percentages and years to their own readings', () => {
    expect(figures('It cost £41,230 in 2019.')).toEqual([['£41,230', 41230, 'GBP']]);
    expect(figures('It rose by 1,200% over the period.')).toEqual([['1,200%', 1200, 'percent']]);
    expect(figures('FACT SHEET: President Announces $500 Million for Water')).toEqual([
      ['$500 Million', 500_000_000, 'USD'],
    ]);
  });

  it('reads "N times more likely" as a ratio and "1.3pp" as percentage points', () => {
    expect(figures('you are up to seven times more likely to be stopped')).toEqual([
      ['seven times', 7, 'ratio'],
    ]);
    expect(figures('Adults are 5 times more likely to develop it.')).toEqual([['5 times', 5, 'ratio']]);
    expect(figures('It cuts the poverty rate by 1.3pp this year.')).toEqual([['1.3pp', 1.3, 'percent']]);
  });
});

describe('dates in running text', () => {
  it('reads a fiscal year by the currency the text counts in', () => {
    expect(dates('In fiscal year 2022 the state received $67.4 million.')).toEqual([
      ['fiscal year 2022', '2021-10-01', '2022-09-30'],
    ]);
    // the UK names a financial year by the year it starts in ("the financial year 2022" begins 1 April 2022)
    expect(dates('The FY2022 budget was £4m.')).toEqual([['FY2022', '2022-04-01', '2023-03-31']]);
    expect(dates('Payment rates for fiscal year (FY) 2024 rose by $2 billion.')).toEqual([
      ['fiscal year (FY) 2024', '2023-10-01', '2024-09-30'],
    ]);
  });

  it('reads two consecutive years joined by "to" as a financial (or school) year', () => {
    expect(dates('Grants for 2019 to 2020 are set. The 2020-21 rates follow.')).toEqual([
      ['2019 to 2020', '2019-04-01', '2020-03-31'],
      ['2020-21', '2020-04-01', '2021-03-31'],
    ]);
    expect(dates('Pupils in the academic year 2019 to 2020 sat no exams.')).toEqual([
      ['2019 to 2020', '2019-09-01', '2020-08-31'],
    ]);
    // after "from" they are a range of two calendar years
    expect(dates('Prices rose from 2019 to 2020.')).toEqual([
      ['2019', '2019-01-01', '2019-12-31'],
      ['2020', '2020-01-01', '2020-12-31'],
    ]);
  });

  it('reads "March of 2022" as the month and dates a thing by its year, but not a title', () => {
    expect(dates('One analysis from March of 2022 found that')).toEqual([
      ['March of 2022', '2022-03-01', '2022-03-31'],
    ]);
    expect(dates('under the 2017 transitional protection rule')).toEqual([
      ['2017', '2017-01-01', '2017-12-31'],
    ]);
    expect(dates('the 2019 Spending Review and the Care Act 2014')).toEqual([]);
  });
});

describe('years that date a paper or are the subject of a clause', () => {
  it("reads a body's dated paper and a year that opens its clause", () => {
    expect(dates("The Water Trust's 2019 review proposes metering.")).toEqual([
      ['2019', '2019-01-01', '2019-12-31'],
    ]);
    expect(dates('In short, 2018 had the wettest spring. 1990 is the base year.')).toEqual([
      ['2018', '2018-01-01', '2018-12-31'],
      ['1990', '1990-01-01', '1990-12-31'],
    ]);
    // a year inside a title before a verb is not dated this way
    expect(dates('The Water Act 2014 is in force.')).toEqual([]);
  });
});

describe('thousands written with a capital K', () => {
  it('reads "£10K" as ten thousand pounds', () => {
    expect(figures('Staff earn £10K less on average.')).toEqual([['£10K', 10_000, 'GBP']]);
  });
});
