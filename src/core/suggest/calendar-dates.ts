// Dates anchored on a month name: full dates ("12th December 2017", "December 12, 2017", a formal "this
// 22nd day of September, 2011"), day ranges in
// one month or across two ("23-26 Sept 2018", "30 Sept - 2 Oct 2018"), months ("Dec 2017") and month
// ranges ("June-August 2019"), plus numeric forms (12/12/2017, 2017-12-12). A month name must be
// capitalised ("may" is a verb) and every form needs its year: "12 December" alone is not anchored.

import { type Period, isValidDay, isoDate, MONTH_SOURCE, monthNumber, monthPeriod } from './calendar';
import type { Found } from './suggestion';
import { isWordChar, WORD_CLASS } from './text-spans';

const S = String.raw`[ \u00a0]`;
const DASH = String.raw`${S}*[-–—]${S}*`;
const DAY = String.raw`([0-3]?\d)(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:1[89]|20)\d\d)(?![${WORD_CLASS}])`;

const DAY_FIRST = new RegExp(
  String.raw`(?<![${WORD_CLASS}])${DAY}(?:${DASH}${DAY})?${S}+(?:(?:day${S}+)?of${S}+)?(${MONTH_SOURCE})\.?(?:${DASH}${DAY}${S}+(${MONTH_SOURCE})\.?)?,?${S}+${YEAR}`,
  'gi',
);
const MONTH_FIRST = new RegExp(
  String.raw`\b(${MONTH_SOURCE})\.?(?:${S}+${DAY}(?:${DASH}${DAY})?(?:st|nd|rd|th)?)?(?:${DASH}(${MONTH_SOURCE})\.?)?,?${S}+(?:of${S}+)?${YEAR}`,
  'gi',
);
const NUMERIC = new RegExp(
  String.raw`(?<![${WORD_CLASS}/.-])(?:(\d{1,2})([/.])(\d{1,2})\2(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?![${WORD_CLASS}]|[/.-]\d)`,
  'g',
);

const capitalised = (word: string | undefined) => word === undefined || /^\p{Lu}/u.test(word);

export function findCalendarDates(text: string): Found[] {
  const found: Found[] = [];
  const add = (start: number, end: number, period: Period | undefined, confidence: number) => {
    if (period && period.startDate <= period.endDate)
      found.push({ kind: 'date', start, end, ...period, confidence });
  };
  DAY_FIRST.lastIndex = 0;
  for (let m = DAY_FIRST.exec(text); m; m = DAY_FIRST.exec(text)) {
    const [, d1, d2, m1, d3, m2, y] = m;
    if (!capitalised(m1) || !capitalised(m2)) continue;
    const year = Number(y);
    const month = monthNumber(m1 as string);
    const endMonth = m2 ? monthNumber(m2) : month;
    const firstDay = Number(d1);
    const lastDay = Number(d3 ?? d2 ?? d1);
    if (!isValidDay(year, month, firstDay) || !isValidDay(year, endMonth, lastDay)) continue;
    if (d2 !== undefined && d3 !== undefined) continue;
    add(
      m.index,
      m.index + m[0].length,
      { startDate: isoDate(year, month, firstDay), endDate: isoDate(year, endMonth, lastDay) },
      0.95,
    );
  }
  MONTH_FIRST.lastIndex = 0;
  for (let m = MONTH_FIRST.exec(text); m; m = MONTH_FIRST.exec(text)) {
    const [, m1, d1, d2, m2, y] = m;
    if (!capitalised(m1) || !capitalised(m2) || (d1 !== undefined && m2 !== undefined)) continue;
    const year = Number(y);
    const month = monthNumber(m1 as string);
    if (d1 !== undefined) {
      const lastDay = Number(d2 ?? d1);
      if (!isValidDay(year, month, Number(d1)) || !isValidDay(year, month, lastDay)) continue;
      add(
        m.index,
        m.index + m[0].length,
        { startDate: isoDate(year, month, Number(d1)), endDate: isoDate(year, month, lastDay) },
        0.9,
      );
    } else if (m2 !== undefined) {
      const endMonth = monthNumber(m2);
      // "December-February 2019" starts in the December before
      const startYear = endMonth < month ? year - 1 : year;
      add(m.index, m.index + m[0].length, monthPeriod(startYear, month, endMonth, year), 0.85);
    } else {
      add(m.index, m.index + m[0].length, monthPeriod(year, month), 0.95);
    }
  }
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    // day/month/year, the British order; ISO year-month-day
    const [year, month, day] = m[4]
      ? [Number(m[4]), Number(m[3]), Number(m[1])]
      : [Number(m[5]), Number(m[6]), Number(m[7])];
    if (year < 1800 || year > 2100 || !isValidDay(year, month, day) || isWordChar(text, m.index - 1))
      continue;
    const iso = isoDate(year, month, day);
    add(m.index, m.index + m[0].length, { startDate: iso, endDate: iso }, 0.85);
  }
  return found;
}
