// Calendar arithmetic for date suggestions: ISO date strings, month lengths, month names and their
// abbreviations ("Sept", "Dec."), and the standard periods the labelling rules give to financial years,
// seasons (meteorological quarters) and parts of a year ("late 2017").

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export type Period = { startDate: string; endDate: string };

export function monthPeriod(year: number, fromMonth: number, toMonth = fromMonth, toYear = year): Period {
  return {
    startDate: isoDate(year, fromMonth, 1),
    endDate: isoDate(toYear, toMonth, daysInMonth(toYear, toMonth)),
  };
}

export function yearPeriod(year: number): Period {
  return { startDate: isoDate(year, 1, 1), endDate: isoDate(year, 12, 31) };
}

/** UK financial years run 1 April to 31 March; "2015-18" runs from April 2015 to March 2018. */
export function financialYearPeriod(firstYear: number, lastYear: number): Period {
  return { startDate: isoDate(firstYear, 4, 1), endDate: isoDate(lastYear, 3, 31) };
}

/** Academic years run 1 September to 31 August. */
export function academicYearPeriod(firstYear: number, lastYear: number): Period {
  return { startDate: isoDate(firstYear, 9, 1), endDate: isoDate(lastYear, 8, 31) };
}

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Month names and abbreviations as regex source, longest first, with an optional abbreviation dot. */
export const MONTH_SOURCE = `(?:${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** Month number for a name or abbreviation (with or without a dot), or 0. */
export function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** Meteorological seasons: spring March-May, summer June-August, autumn September-November, winter
 * December-February. "winter 2019" is taken as the winter that starts in December 2019. */
export function seasonPeriod(season: string, year: number): Period | undefined {
  switch (season.toLowerCase()) {
    case 'spring':
      return monthPeriod(year, 3, 5);
    case 'summer':
      return monthPeriod(year, 6, 8);
    case 'autumn':
    case 'fall':
      return monthPeriod(year, 9, 11);
    case 'winter':
      return monthPeriod(year, 12, 2, year + 1);
    default:
      return undefined;
  }
}

/** "early", "mid" and "late" cut a year into thirds (the rules fix "late" at September to December). */
export function partOfYearPeriod(part: string, year: number): Period {
  const p = part.toLowerCase();
  if (p.startsWith('early') || p.includes('start') || p.includes('beginning')) return monthPeriod(year, 1, 4);
  if (p.startsWith('mid') || p.includes('middle')) return monthPeriod(year, 5, 8);
  return monthPeriod(year, 9, 12);
}

/** "early", "mid" and "late" cut a month into days 1-10, 11-20 and 21 to the end. */
export function partOfMonthPeriod(part: string, year: number, month: number): Period {
  const p = part.toLowerCase();
  if (p.startsWith('early') || p.includes('start') || p.includes('beginning')) {
    return { startDate: isoDate(year, month, 1), endDate: isoDate(year, month, 10) };
  }
  if (p.startsWith('mid') || p.includes('middle')) {
    return { startDate: isoDate(year, month, 11), endDate: isoDate(year, month, 20) };
  }
  return { startDate: isoDate(year, month, 21), endDate: isoDate(year, month, daysInMonth(year, month)) };
}
