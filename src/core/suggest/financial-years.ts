// Two-year and multi-year forms written as one token: "2014-15", "2014/15", "2014–2015", "2015-18",
// "FY2019/20". UK public spending runs 1 April to 31 March, so each runs from 1 April of the first year to
// 31 March of the last; when "academic" or "school year" is written next to it, 1 September to 31 August.

import { academicYearPeriod, financialYearPeriod } from './calendar';
import type { Found } from './suggestion';
import { WORD_CLASS } from './text-spans';
import { appendAll } from '../lists/append-all';

const FORM = new RegExp(
  String.raw`(?<![${WORD_CLASS}/.-]|[0-9][-–/])(?:FY[ \u00a0]?)?((?:1[89]|20)\d\d)[ \u00a0]?([-–/])[ \u00a0]?(\d{4}|\d{2})(?![${WORD_CLASS}]|[-–/.]\d)`,
  'g',
);
// "fiscal year 2022", "FY2022": one year named by its last calendar year; in a text that counts in dollars
// it is the US federal year (1 October to 30 September), otherwise the UK's (1 April to 31 March)
const SINGLE_FISCAL = new RegExp(
  String.raw`\b(?:[Ff]iscal[ \u00a0]+[Yy]ear|FY)[ \u00a0]?((?:19|20)\d\d)(?![${WORD_CLASS}]|[-–/.]\d)`,
  'g',
);
const ACADEMIC_NEAR = /\b(?:academic|school)[ \u00a0](?:year|term)|\bacademic\b/i;

export function findFinancialYears(text: string): Found[] {
  const found: Found[] = [];
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
    const period = academic ? academicYearPeriod(first, lastYear) : financialYearPeriod(first, lastYear);
    found.push({
      kind: 'date',
      start: m.index,
      end,
      ...period,
      confidence: lastYear - first === 1 ? 0.9 : 0.8,
    });
  }
  appendAll(found, findSingleFiscalYears(text));
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
      : financialYearPeriod(year - 1, year);
    found.push({ kind: 'date', start: m.index, end: m.index + m[0].length, ...period, confidence: 0.75 });
  }
  return found;
}

function countOf(text: string, sign: string): number {
  let n = 0;
  for (let at = text.indexOf(sign); at >= 0; at = text.indexOf(sign, at + 1)) n++;
  return n;
}
