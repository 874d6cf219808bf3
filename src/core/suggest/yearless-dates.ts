// Days and months written without a year ("on 23 July", "as of 31 March", "by December", "April of this
// year", "last year") take their year from the text: the date in its heading (a sitting's or a release's date, in the
// first lines), else the nearest date written in full before it (or, failing that, after it), else a year
// in the title ("Queen's Speech 2016"). A text that dates nothing leaves them alone. The year is inferred,
// so these are offered less surely than dates written whole.

import { findCalendarDates } from './calendar-dates';
import { isValidDay, isoDate, MONTH_SOURCE, monthNumber, monthPeriod, yearPeriod } from './calendar';
import type { Found } from './suggestion';
import { WORD_CLASS } from './text-spans';

const S = String.raw`[ \u00a0]`;
const NO_YEAR = String.raw`(?!${S}*,?${S}*(?:of${S}+)?(?:1[89]|20)\d\d)(?!${S}*[-–—/]${S}*\d)`;
/** "23 July", "11th May", "3rd of September" */
const DAY_MONTH = new RegExp(
  String.raw`(?<![${WORD_CLASS}.,/-])([0-3]?\d)(?:st|nd|rd|th)?${S}+(?:of${S}+)?(${MONTH_SOURCE})(?![${WORD_CLASS}])${NO_YEAR}`,
  'gi',
);
/** "on July 23": the American order, after a word that introduces a date ("May" alone is a verb or a name). */
const MONTH_DAY = new RegExp(
  String.raw`\b(?:on|by|since|until|from|before|after|of|through)${S}+(${MONTH_SOURCE})\.?${S}+([0-3]?\d)(?:st|nd|rd|th)?(?![${WORD_CLASS}])${NO_YEAR}`,
  'gi',
);
/** "by December", "since February", "in November": a bare month after a preposition of time. */
const BARE_MONTH = new RegExp(
  String.raw`\b(?:in|by|since|until|till|from|before|after|during|through)${S}+(${MONTH_SOURCE})(?![${WORD_CLASS}])(?!\.?${S}*\d)${NO_YEAR}`,
  'gi',
);
/** "April of this year": the month of the heading's year. */
const THIS_YEAR = new RegExp(String.raw`\b(${MONTH_SOURCE})${S}+of${S}+this${S}+year\b`, 'gi');
/** "last year" in a text whose heading dates it: the calendar year before. */
const LAST_YEAR = /\b[Ll]ast[ \u00a0]+year\b/g;
const HEADING_LINES = 4;
const DATELINE_LENGTH = 100;
const TITLE_YEAR = /(?<![\p{L}\p{N}])((?:19|20)\d\d)(?![\p{L}\p{N}])/u;
const CONFIDENCE = 0.7;
/** How far past its heading's date a text is taken to look ahead. */
const FUTURE_DAYS = 92;
const DAY_MS = 86_400_000;

/** `dated`: the text's calendar dates, when the caller has found them already (they are only read). */
export function findYearlessDates(text: string, dated: readonly Found[] = findCalendarDates(text)): Found[] {
  const headingEnd = headingLength(text);
  // a dateline is a short line of its own ("Council debate, Tuesday 14 June 2022"), not a dated sentence
  const heading = dated.find((d) => d.end <= headingEnd && lineLength(text, d.start) <= DATELINE_LENGTH);
  const titleLine = text.slice(0, Math.max(0, text.indexOf('\n')));
  const titleYear = TITLE_YEAR.exec(titleLine)?.[1];
  const yearAt = (at: number, month: number, day = 1): number | undefined => {
    if (heading) return headingYear(heading, month, day);
    const before = dated.filter((d) => d.end <= at).pop();
    const after = dated.find((d) => d.start >= at);
    const near = before ?? after;
    if (near) return yearOf(near);
    return titleYear ? Number(titleYear) : undefined;
  };
  const found: Found[] = [];
  const add = (start: number, end: number, month: number, day: number | undefined, year?: number) => {
    const y = year ?? yearAt(start, month, day);
    if (y === undefined || month === 0) return;
    if (day === undefined) {
      found.push({ kind: 'date', start, end, ...monthPeriod(y, month), confidence: CONFIDENCE });
    } else if (isValidDay(y, month, day)) {
      const iso = isoDate(y, month, day);
      found.push({ kind: 'date', start, end, startDate: iso, endDate: iso, confidence: CONFIDENCE });
    }
  };
  for (const m of text.matchAll(DAY_MONTH)) {
    if (!capitalised(m[2] as string)) continue;
    add(m.index, m.index + m[0].length, monthNumber(m[2] as string), Number(m[1]));
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    if (!capitalised(m[1] as string)) continue;
    const start = m.index + m[0].indexOf(m[1] as string);
    add(start, m.index + m[0].length, monthNumber(m[1] as string), Number(m[2]));
  }
  for (const m of text.matchAll(BARE_MONTH)) {
    const month = m[1] as string;
    // "May" alone is too often the verb or a name
    if (!capitalised(month) || /^may$/iu.test(month) || month.length < 3) continue;
    const start = m.index + m[0].length - month.length;
    add(start, m.index + m[0].length, monthNumber(month), undefined);
  }
  if (heading) {
    for (const m of text.matchAll(THIS_YEAR)) {
      if (capitalised(m[1] as string))
        add(m.index, m.index + m[0].length, monthNumber(m[1] as string), undefined, yearOf(heading));
    }
    const before = yearOf(heading) - 1;
    for (const m of text.matchAll(LAST_YEAR)) {
      found.push({
        kind: 'date',
        start: m.index,
        end: m.index + m[0].length,
        ...yearPeriod(before),
        confidence: CONFIDENCE,
      });
    }
  }
  return found;
}

const capitalised = (word: string) => /^\p{Lu}/u.test(word);

/** Texts report the recent past more than the far future: a day months after the heading's date ("On 2
 * December" in a text dated 16 January) is the one before it. */
function headingYear(heading: Found, month: number, day: number): number {
  const dated = heading.startDate as string;
  const year = yearOf(heading);
  const headingDay = Date.UTC(year, Number(dated.slice(5, 7)) - 1, Number(dated.slice(8, 10)));
  return Date.UTC(year, month - 1, day) - headingDay > FUTURE_DAYS * DAY_MS ? year - 1 : year;
}

function yearOf(date: Found): number {
  return Number((date.startDate as string).slice(0, 4));
}

/** Where the text's first few lines (title, standfirst, dateline) end. */
function headingLength(text: string): number {
  let at = 0;
  for (let line = 0; line < HEADING_LINES; line++) {
    while (text[at] === '\n' || text[at] === '\r') at++;
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next;
  }
  return at;
}

function lineLength(text: string, at: number): number {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return (end < 0 ? text.length : end) - start;
}
