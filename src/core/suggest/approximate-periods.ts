// Approximate periods: a qualifier that picks part of a year or month ("late 2017", "mid-2016", "early
// March 2019"), a season with its year ("summer 2019", "the winter of 2018/19") and calendar quarters
// ("Q3 2018", "the first quarter of 2019"), halves ("the first half of 2019") and decades ("the 1990s"). The qualifier is part of the span; "this summer" or "last
// autumn" have no year and are left alone.

import {
  type Period,
  MONTH_SOURCE,
  monthNumber,
  monthPeriod,
  partOfMonthPeriod,
  partOfYearPeriod,
  seasonPeriod,
} from './calendar';
import type { Found } from './suggestion';
import { WORD_CLASS } from './text-spans';

const S = String.raw`[ \u00a0]`;
const YEAR = String.raw`((?:1[89]|20)\d\d)`;
const PART = String.raw`(early|mid|late|the${S}(?:start|beginning|middle|end)${S}of)`;

const PART_OF = new RegExp(
  String.raw`\b${PART}(?:-|${S}+)(?:(${MONTH_SOURCE})\.?${S}+)?${YEAR}(?![${WORD_CLASS}]|[-–/]\d)`,
  'gi',
);
const SEASON = new RegExp(
  String.raw`\b(spring|summer|autumn|winter)(?:${S}+of)?${S}+${YEAR}(?:[-–/](\d{2}|\d{4}))?(?![${WORD_CLASS}]|[-–/]\d)`,
  'gi',
);
const QUARTER = new RegExp(
  String.raw`\b(?:Q([1-4])${S}*|(first|second|third|fourth|final|last)${S}+quarter${S}+of${S}+)${YEAR}(?![${WORD_CLASS}]|[-–/]\d)`,
  'gi',
);
// "the first half of 2019": January to June; "the second half of 2019": July to December
const HALF_YEAR = new RegExp(
  String.raw`\b(?:the${S}+)?(first|second|latter)${S}+half${S}+of${S}+${YEAR}(?![${WORD_CLASS}]|[-–/]\d)`,
  'gi',
);
/**
 * A decade: "the 1990s", "in the 1990's", "since the early 1990s" (the span is the digits and the s, the
 * period the whole decade: "early" or "late" names no standard part of one).
 */
const DECADE = new RegExp(
  String.raw`(?<=\bthe${S}+(?:(?:early|mid|late)(?:-|${S}+))?)((?:1[89]|20)\d0)[’']?s\b`,
  'gi',
);
const QUARTER_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4 };

export function findApproximatePeriods(text: string): Found[] {
  const found: Found[] = [];
  const add = (start: number, end: number, period: Period | undefined, confidence: number) => {
    if (period) found.push({ kind: 'date', start, end, ...period, confidence });
  };
  PART_OF.lastIndex = 0;
  for (let m = PART_OF.exec(text); m; m = PART_OF.exec(text)) {
    const [, part, month, year] = m;
    // "the end of 2017" keeps its words in the span; a capitalised month is required as elsewhere
    if (month !== undefined && !/^\p{Lu}/u.test(month)) continue;
    const whole = month
      ? partOfMonthPeriod(part as string, Number(year), monthNumber(month))
      : partOfYearPeriod(part as string, Number(year));
    // a deadline ("by the end of 2022") or a point ("down 2.3 million jobs at the end of 2020") is the last
    // day, not the last months
    const deadline =
      /end/i.test(part as string) &&
      /\b(?:by|at)[ \u00a0]+$/iu.test(text.slice(Math.max(0, m.index - 4), m.index));
    const period = whole && deadline ? { startDate: whole.endDate, endDate: whole.endDate } : whole;
    add(m.index, m.index + m[0].length, period, 0.8);
  }
  SEASON.lastIndex = 0;
  for (let m = SEASON.exec(text); m; m = SEASON.exec(text)) {
    const [, season, year, next] = m;
    const first = Number(year);
    // "winter 2018/19" and "winter 2018-19" are the winter that starts in 2018
    if (next !== undefined) {
      const last = next.length === 4 ? Number(next) : Math.floor(first / 100) * 100 + Number(next);
      if (last !== first + 1) continue;
      if ((season as string).toLowerCase() !== 'winter') continue;
    }
    add(m.index, m.index + m[0].length, seasonPeriod(season as string, first), 0.8);
  }
  QUARTER.lastIndex = 0;
  for (let m = QUARTER.exec(text); m; m = QUARTER.exec(text)) {
    const q = m[1] ? Number(m[1]) : (QUARTER_WORDS[(m[2] as string).toLowerCase()] as number);
    const year = Number(m[3]);
    add(m.index, m.index + m[0].length, monthPeriod(year, q * 3 - 2, q * 3), 0.75);
  }
  HALF_YEAR.lastIndex = 0;
  for (let m = HALF_YEAR.exec(text); m; m = HALF_YEAR.exec(text)) {
    const first = (m[1] as string).toLowerCase() === 'first';
    add(m.index, m.index + m[0].length, monthPeriod(Number(m[2]), first ? 1 : 7, first ? 6 : 12), 0.75);
  }
  DECADE.lastIndex = 0;
  for (let m = DECADE.exec(text); m; m = DECADE.exec(text)) {
    const first = Number(m[1]);
    add(m.index, m.index + m[0].length, { startDate: `${first}-01-01`, endDate: `${first + 9}-12-31` }, 0.7);
  }
  return found;
}
