// Figure forms beyond the shared corpus that policy writing uses: counts stated after "the number of",
// "N out of M" ratios, fractions that size a change, sums in pence, and the older typewriter print of
// the Congressional Record ("--" for a dash, "65-percent").
import { describe, expect, it } from 'vitest';
import { findBlockedSpans } from '../../../src/core/suggest/blocked-spans';
import { findFigures } from '../../../src/core/suggest/find-figures';

function figures(text: string) {
  return findFigures(text, findBlockedSpans(text)).map((f) => [text.slice(f.start, f.end), f.value, f.unit]);
}

describe('counts stated after "the number of"', () => {
  it('reads the value after a verb of being or a colon', () => {
    expect(figures('The number of households in hostels was 96,060 last June.')).toEqual([
      ['96,060', 96060, 'count'],
    ]);
    expect(figures('Number of schools reporting a deficit: 29')).toEqual([['29', 29, 'count']]);
    expect(figures('The total number of claims rose to about 1,250 in the year.')).toEqual([
      ['1,250', 1250, 'count'],
    ]);
  });

  it('leaves out durations, years, percentages and money', () => {
    expect(figures('The number of weeks was 12.')).toEqual([]);
    expect(figures('The number of places fell to 2019 levels.')).toEqual([]);
    expect(figures('The number of pupils was 12% higher.')).toEqual([['12%', 12, 'percent']]);
    expect(figures('The number of grants was £4m in value.')).toEqual([['£4m', 4_000_000, 'GBP']]);
  });
});

describe('ratios and shares', () => {
  it('reads "N out of M" as a ratio, not a count', () => {
    expect(figures('Nine out of ten councils agreed, and three out of 20 trusts.')).toEqual([
      ['Nine out of ten', 0.9, 'ratio'],
      ['three out of 20', 0.15, 'ratio'],
    ]);
  });

  it('reads a fraction after "by" as the size of a change', () => {
    expect(figures('Spending rose by almost a quarter in five years and fell by a third later.')).toEqual([
      ['a quarter', 0.25, 'ratio'],
      ['a third', 0.3333, 'ratio'],
    ]);
  });

  it('does not read an ordinal "a third" as a share', () => {
    expect(figures('It expanded into a third local authority.')).toEqual([]);
  });
});

describe('pence', () => {
  it('reads a "p" sum in pounds and leaves times and page ranges alone', () => {
    expect(figures('A 50p levy and a 2.5p rise, at 5pm, see A12p.')).toEqual([
      ['50p', 0.5, 'GBP'],
      ['2.5p', 0.025, 'GBP'],
    ]);
  });

  it('reads pence on a tax rate as percentage points', () => {
    expect(figures('a 2p rise in the basic rate of income tax, or a 1p higher rate increase')).toEqual([
      ['2p', 2, 'percent'],
      ['1p', 1, 'percent'],
    ]);
    expect(figures('a 3p rise in the price of milk')).toEqual([['3p', 0.03, 'GBP']]);
  });
});

describe('older print and ranges with one unit', () => {
  it('reads a raised dot as the decimal point, in percentages and sums', () => {
    expect(figures('Wind supplied 12·4 per cent. of demand and cost £3·5 million.')).toEqual([
      ['12·4 per cent', 12.4, 'percent'],
      ['£3·5 million', 3_500_000, 'GBP'],
    ]);
  });

  it('reads both ends of a percentage range whose unit is written once', () => {
    expect(figures('Take-up is about 40 or 45 per cent, and 5-7% in rural areas.')).toEqual([
      ['40', 40, 'percent'],
      ['45 per cent', 45, 'percent'],
      ['5', 5, 'percent'],
      ['7%', 7, 'percent'],
    ]);
    // a year before "to" is a date, not the start of the range
    expect(figures('Take-up rose from 2019 to 20% this year.')).toEqual([['20%', 20, 'percent']]);
  });

  it('reads a dash of two hyphens as a dash, and a percentage joined to its noun by a hyphen', () => {
    expect(
      figures('Pupils must read better--40 percent of them read below grade, a 65-percent rise.'),
    ).toEqual([
      ['40 percent', 40, 'percent'],
      ['65-percent', 65, 'percent'],
    ]);
    expect(figures('Output changed by -3 percent.')).toEqual([['-3 percent', -3, 'percent']]);
  });
});

describe('counts that are the subject of a passive', () => {
  it('reads "N were assigned" and "N newly trained officers have been posted", not years or durations', () => {
    expect(
      figures('As of May, 412 officers are assigned to the city, of which 96 were assigned to the port.'),
    ).toEqual([
      ['412', 412, 'count'],
      ['96', 96, 'count'],
    ]);
    expect(figures('Since then 27 newly trained wardens have been posted.')).toEqual([['27', 27, 'count']]);
    expect(figures('In 2019 were recorded the first cases; 3 years were needed.')).toEqual([]);
  });
});

describe('twice', () => {
  it('reads "twice as many" and "almost twice what" as a ratio of 2, not "twice a year"', () => {
    expect(figures('Graduates earn almost twice what others earn, and twice as many vote.')).toEqual([
      ['twice', 2, 'ratio'],
      ['twice', 2, 'ratio'],
    ]);
    expect(figures('The board meets twice a year.')).toEqual([]);
  });
});

describe('a thousand, and times what', () => {
  it('reads "a thousand armed checkpoints" as a count, not "a thousand years"', () => {
    expect(figures('More than a thousand armed checkpoints were set up.')).toEqual([
      ['a thousand', 1000, 'count'],
    ]);
    expect(figures('It took a thousand years.')).toEqual([]);
  });

  it('reads "three times what" as a ratio', () => {
    expect(figures('Graduates earn almost three times what others earn.')).toEqual([
      ['three times', 3, 'ratio'],
    ]);
  });
});

describe('counts of a group already named, and counts with a bound', () => {
  it('reads "N of them" and "N of us" as counts', () => {
    expect(figures('Now there are only 8 of them. Fifty-seven of us introduced a bill.')).toEqual([
      ['8', 8, 'count'],
      ['Fifty-seven', 57, 'count'],
    ]);
  });

  it('reads a count whose noun follows "or more", or a partitive a word longer', () => {
    expect(figures('Some 20 or more homes use the road, and nine or more farmers.')).toEqual([
      ['20', 20, 'count'],
      ['nine', 9, 'count'],
    ]);
    expect(figures('sanctions against two of the four largest Russian oil producers')).toEqual([
      ['two', 2, 'count'],
      ['four', 4, 'count'],
    ]);
  });

  it('leaves "one of them" and durations alone', () => {
    expect(figures('One of them left; it took 20 or more years.')).toEqual([]);
  });
});

describe('fractions that size a change, and cents', () => {
  it('reads a fraction after "a fall ... of" as the size of the change', () => {
    expect(figures('You presided over a fall in crime of over a quarter since then.')).toEqual([
      ['a quarter', 0.25, 'ratio'],
    ]);
  });

  it('reads cents in the currency the text counts in, and a fraction of a cent as money', () => {
    expect(figures('The levy of €5 is 2 cent per litre, and one tenth of a cent on biofuel.')).toEqual([
      ['€5', 5, 'EUR'],
      ['2 cent', 0.02, 'EUR'],
      ['one tenth', 0.001, 'EUR'],
    ]);
    expect(figures('A tax of 25 cents a gallon, or $1.')).toEqual([
      ['25 cents', 0.25, 'USD'],
      ['$1', 1, 'USD'],
    ]);
    expect(figures('Prices rose 2 per cent.')).toEqual([['2 per cent', 2, 'percent']]);
  });
});

describe('votes, dozens, abbreviations and typewriter dashes', () => {
  it('reads both sides of a vote as counts', () => {
    expect(figures('The court found by six votes to five that it was a breach.')).toEqual([
      ['six', 6, 'count'],
      ['five', 5, 'count'],
    ]);
    expect(figures('The committee reported it by a bipartisan 11 to 7 majority.')).toEqual([
      ['11', 11, 'count'],
      ['7', 7, 'count'],
    ]);
    // a range with no vote in it is not a tally
    expect(figures('Fees rose from 5 to 7 last year.')).toEqual([]);
  });

  it('reads a dozen and half a dozen before a plural noun', () => {
    expect(figures('He will see a dozen leaders and half a dozen councils; it took a dozen years.')).toEqual([
      ['a dozen', 12, 'count'],
      ['half a dozen', 6, 'count'],
    ]);
  });

  it('reads past an abbreviation written with stops, and after a typewriter dash', () => {
    expect(figures('It barred 400 U.S. facilities from export.')).toEqual([['400', 400, 'count']]);
    expect(figures('these vehicles--6 million of which are still on the road')).toEqual([
      ['6 million', 6_000_000, 'count'],
    ]);
  });

  it('reads "half" after "by" as the size of a change, whatever follows', () => {
    expect(figures('Sales fell by more than half in the early months.')).toEqual([['half', 0.5, 'ratio']]);
  });
});

describe('what the newer figure classes leave alone', () => {
  it('reads cents as US cents in a text with no currency sign, and "by half past" as no share', () => {
    expect(figures('The federal gas tax is 18.4 cents per gallon.')).toEqual([['18.4 cents', 0.184, 'USD']]);
    expect(figures('The meeting ended by half past nine.')).toEqual([]);
  });

  it('reads "from 5 to 7 votes" as no tally: no "by" before it and no word between', () => {
    expect(figures('Support grew from 5 to 7 votes.').filter(([, , unit]) => unit === 'count')).toEqual([
      ['7', 7, 'count'],
    ]);
  });
});
