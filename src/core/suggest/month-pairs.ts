// The first month of a pair that shares one year: "in July and August 2021", "between March or April
// 2020". The labelling rules make a range written in words two dates, one per end; the second month
// already carries its year, so only the first, bare month needs it lent from there.

import { MONTH_SOURCE, monthNumber, monthPeriod } from './calendar';
import type { Found } from './suggestion';

const S = String.raw`[ \u00a0]`;
const PAIR = new RegExp(
  String.raw`\b(${MONTH_SOURCE})\.?${S}+(?:and|or|to|until|till|through)${S}+(?:(?:early|mid|late|end${S}+of)[ \u00a0-]+)?(${MONTH_SOURCE})\.?,?${S}+((?:1[89]|20)\d\d)\b`,
  'gi',
);

export function findMonthPairs(text: string): Found[] {
  const found: Found[] = [];
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
    const [, first, second, y] = m;
    // month names must be capitalised: "may" and "march" are also verbs
    if (!/^\p{Lu}/u.test(first as string) || !/^\p{Lu}/u.test(second as string)) continue;
    const from = monthNumber(first as string);
    const to = monthNumber(second as string);
    // "December and January 2020": the December is of the year before
    const year = from > to ? Number(y) - 1 : Number(y);
    const end = m.index + (first as string).length;
    found.push({ kind: 'date', start: m.index, end, ...monthPeriod(year, from), confidence: 0.75 });
  }
  return found;
}
