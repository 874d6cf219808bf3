// Two-year and multi-year forms written as one token: "2014-15", "2014/15", "2014–2015", "2015-18",
// "FY2019/20". UK public spending runs 1 April to 31 March, so each runs from 1 April of the first year to
// 31 March of the last; when "academic" or "school year" is written next to it, 1 September to 31 August;
// in a text that counts in dollars or euros or speaks in the Oireachtas (Irish and EU budgets run by
// calendar year), from 1 January of the first year to 31 December of the last.

import { academicYearPeriod, financialYearPeriod } from './calendar';
import type { Found } from './suggestion';
import { countOf, IRISH_STATE } from './sign-counts';
import { WORD_CLASS } from './text-spans';
import { appendAll } from '../lists/append-all';

const FORM = new RegExp(
  String.raw`(?<![${WORD_CLASS}/.-]|[0-9][-–/])(?:FY[ \u00a0]?)?((?:1[89]|20)\d\d)[ \u00a0]?([-–/])[ \u00a0]?(\d{4}|\d{2})(?![${WORD_CLASS}]|[-–/.]\d)`,
  'g',
);
// "fiscal year 2022", "FY2022", "fiscal year (FY) 2023": in a text that counts in dollars the US federal
// year named by its last calendar year (1 October to 30 September); otherwise the UK's, which UK law names
// by the calendar year it starts in ("the financial year 2022" begins 1 April 2022). Writers differ on the
// UK form, so it is offered less surely.
// Not where GOV.UK writes the year out in words after it ("financial year 2015 to 2016"): that whole
// year is WORDED_YEAR's.
const SINGLE_FISCAL = new RegExp(
  String.raw`\b(?:[Ff]iscal[ \u00a0]+[Yy]ear(?:[ \u00a0]+\(FY\))?|[Ff]inancial[ \u00a0]+[Yy]ear|FY)[ \u00a0]?((?:19|20)\d\d)(?![${WORD_CLASS}]|[-–/.]\d|[ \u00a0]+to[ \u00a0]+(?:19|20)\d\d)`,
  'g',
);
// "fiscal years 2006 and 2007": a range written out in words, one entry for each end (the second year alone)
const PLURAL_FISCAL = new RegExp(
  String.raw`\b(?:[Ff]iscal|[Ff]inancial)[ \u00a0]+[Yy]ears[ \u00a0]+((?:19|20)\d\d)[ \u00a0]+(?:and|to|through|until|or)[ \u00a0]+((?:19|20)\d\d)(?![${WORD_CLASS}]|[-–/.]\d)`,
  'g',
);
// GOV.UK style writes a financial year out in words, "2017 to 2018": two consecutive years joined by "to"
// (a range of calendar years is written "from 2017 to 2018" or "between 2017 and 2018")
const WORDED_YEAR = new RegExp(
  String.raw`(?<![${WORD_CLASS}/.-])((?:19|20)\d\d)[ \u00a0]+to[ \u00a0]+((?:19|20)\d\d)(?![${WORD_CLASS}]|[-–/.]\d)`,
  'g',
);
/** A text about the United States that counts no pounds is American even when it counts no dollars. */
const AMERICAN = /\b(?:the[ \u00a0]+United[ \u00a0]+States|U\.S\.|Americans?)\b/u;
const ACADEMIC_NEAR = /\b(?:academic|school)[ \u00a0](?:year|term)|\bacademic\b/i;

export function findFinancialYears(text: string): Found[] {
  const found: Found[] = [];
  // a text that counts in dollars names its fiscal years in words ("fiscal year 2026"): a bare "2018-2019"
  // there is a span of calendar years
  const pounds = countOf(text, '£');
  const dollars = countOf(text, '$') > pounds || (pounds === 0 && AMERICAN.test(text));
  const euros = countOf(text, '€');
  const calendarYears = dollars || euros > pounds || (IRISH_STATE.test(text) && euros >= pounds);
  FORM.lastIndex = 0;
  for (let m = FORM.exec(text); m; m = FORM.exec(text)) {
    const first = Number(m[1]);
    const written = m[3] as string;
    const last = written.length === 4 ? Number(written) : Math.floor(first / 100) * 100 + Number(written);
    // "2099-00" rolls into the next century
    const lastYear = last < first && written.length === 2 ? last + 100 : last;
    if (lastYear <= first || lastYear - first > 10) continue;
    const end = m.index + m[0].length;
    const around = text.slice(Math.max(0, m.index - 30), Math.min(text.length, end + 30));
    const academic = ACADEMIC_NEAR.test(around);
    const calendar = calendarYears && !academic && !/^FY/u.test(m[0]);
    const period = academic
      ? academicYearPeriod(first, lastYear)
      : calendar
        ? { startDate: `${first}-01-01`, endDate: `${lastYear}-12-31` }
        : financialYearPeriod(first, lastYear);
    const confidence = calendar ? 0.7 : lastYear - first === 1 ? 0.9 : 0.8;
    found.push({ kind: 'date', start: m.index, end, ...period, confidence });
  }
  appendAll(found, findSingleFiscalYears(text));
  appendAll(found, findWordedYears(text));
  return found;
}

function findWordedYears(text: string): Found[] {
  const found: Found[] = [];
  WORDED_YEAR.lastIndex = 0;
  for (let m = WORDED_YEAR.exec(text); m; m = WORDED_YEAR.exec(text)) {
    const first = Number(m[1]);
    if (Number(m[2]) !== first + 1) continue;
    // "from 2017 to 2018" is a range of two calendar years; "in 2017 to 2018" is one financial year
    if (/\b(?:from|between)[ \u00a0]+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const end = m.index + m[0].length;
    const around = text.slice(Math.max(0, m.index - 30), Math.min(text.length, end + 30));
    const period = ACADEMIC_NEAR.test(around)
      ? academicYearPeriod(first, first + 1)
      : financialYearPeriod(first, first + 1);
    found.push({ kind: 'date', start: m.index, end, ...period, confidence: 0.75 });
  }
  return found;
}

function findSingleFiscalYears(text: string): Found[] {
  const found: Found[] = [];
  const dollars = countOf(text, '$') > countOf(text, '£');
  SINGLE_FISCAL.lastIndex = 0;
  for (let m = SINGLE_FISCAL.exec(text); m; m = SINGLE_FISCAL.exec(text)) {
    const year = Number(m[1]);
    const period = dollars
      ? { startDate: `${year - 1}-10-01`, endDate: `${year}-09-30` }
      : financialYearPeriod(year, year + 1);
    const confidence = dollars ? 0.75 : 0.6;
    found.push({ kind: 'date', start: m.index, end: m.index + m[0].length, ...period, confidence });
  }
  PLURAL_FISCAL.lastIndex = 0;
  for (let m = PLURAL_FISCAL.exec(text); m; m = PLURAL_FISCAL.exec(text)) {
    const firstEnd = m.index + m[0].indexOf(m[1] as string) + 4;
    const lastStart = m.index + m[0].length - 4;
    for (const [start, end, year] of [
      [m.index, firstEnd, Number(m[1])],
      [lastStart, lastStart + 4, Number(m[2])],
    ] as const) {
      const period = dollars
        ? { startDate: `${year - 1}-10-01`, endDate: `${year}-09-30` }
        : financialYearPeriod(year, year + 1);
      found.push({ kind: 'date', start, end, ...period, confidence: dollars ? 0.75 : 0.6 });
    }
  }
  return found;
}
