// Days and months written without a year ("on 23 July", "as of 31 March", "by December", "April of this
// year", "last year", "last December") take their year from the text's own date: the date in its heading (a sitting's or a
// release's date, in the first lines), else a year in the title ("Queen's Speech 2016"), else where the
// dates it writes whole place it (own-date-bounds.ts). Told as past ("published on 15 July", "since June")
// such a day falls on or before that date; told as future ("will report in September") after it; with no
// marker of tense, a heading's date takes it to the recent past, and a text without one lends it the year
// of the nearest date written in full before it (or, failing that, after it). A text that dates nothing
// leaves them alone. The year is inferred, so these are offered less surely than dates written whole.

import { findCalendarDates } from './calendar-dates';
import { isValidDay, isoDate, MONTH_SOURCE, monthNumber, monthPeriod, yearPeriod } from './calendar';
import { type Tense, tenseOfDate } from './date-tense';
import { findEventYears } from './event-years';
import { boundOwnDate, type DateBounds } from './own-date-bounds';
import type { Found } from './suggestion';
import { WORD_CLASS } from './text-spans';

const S = String.raw`[ \u00a0]`;
const NO_YEAR = String.raw`(?!${S}*,?${S}*(?:of${S}+)?(?:1[89]|20)\d\d)(?!${S}*[-–—/]${S}*\d)`;
/** "23 July", "11th May", "3rd of September" */
const DAY_MONTH = new RegExp(
  String.raw`(?<![${WORD_CLASS}.,/-])([0-3]?\d)(?:st|nd|rd|th)?${S}+(?:of${S}+)?(${MONTH_SOURCE})(?![${WORD_CLASS}])${NO_YEAR}`,
  'gi',
);
/** "on July 23", "its new term, October 3": the American order, after a word that introduces a date or
 * anywhere ("May" alone is a verb or a name: it needs the word before it). */
const MONTH_DAY = new RegExp(
  String.raw`(\b(?:on|by|since|until|from|before|after|of|through|beginning|starting|ending)${S}+)?\b(${MONTH_SOURCE})\.?${S}+([0-3]?\d)(?:st|nd|rd|th)?(?![${WORD_CLASS}])${NO_YEAR}`,
  'gi',
);
const AFTER_BREAK = /(?:^|[,;:(–—][ \u00a0]*|\n)$/u;
/** The last day of a range after "July 13th": " to 16th", "–16" (no month of its own after it). */
const DAY_RANGE_END = new RegExp(
  String.raw`${S}*(?:to|until|through|–|-)${S}*(([0-3]?\d)(?:st|nd|rd|th)?)(?![${WORD_CLASS}]|${S}*(?:of${S}+)?(?:${MONTH_SOURCE})|${S}*(?:per${S}*cent|percent|%)|${S}+(?:more|fewer|other|new|extra|additional)\b)`,
  'iy',
);
/** The second month of "between April and September", "from May to July" (the first is BARE_MONTH's). */
const SECOND_MONTH = new RegExp(
  String.raw`\b(?:between|from)${S}+(?:${MONTH_SOURCE})${S}+(?:and|to|until)${S}+(${MONTH_SOURCE})(?![${WORD_CLASS}])(?!\.?${S}*\d)${NO_YEAR}`,
  'gi',
);
/** "by December", "since February", "in November": a bare month after a preposition of time. */
const BARE_MONTH = new RegExp(
  String.raw`\b(?:in|by|since|until|till|from|before|after|during|through|between)${S}+(${MONTH_SOURCE})(?![${WORD_CLASS}])(?!\.?${S}*\d)${NO_YEAR}`,
  'gi',
);
/** "April of this year": the month of the heading's year. */
const THIS_YEAR = new RegExp(String.raw`\b(${MONTH_SOURCE})${S}+of${S}+this${S}+year\b`, 'gi');
/** "last December", "this June", "next January": a month placed by the heading's date. */
const RELATIVE_MONTH = new RegExp(
  String.raw`\b(last|this|next)${S}+(${MONTH_SOURCE})(?![${WORD_CLASS}])(?!\.?${S}*\d)${NO_YEAR}`,
  'gi',
);
/** "last year" in a text whose heading dates it: the calendar year before. */
const LAST_YEAR = /\b[Ll]ast[ \u00a0]+year\b/g;
const HEADING_LINES = 4;
const DATELINE_LENGTH = 100;
const TITLE_YEAR = /(?<![\p{L}\p{N}])((?:19|20)\d\d)(?![\p{L}\p{N}])/u;
const CONFIDENCE = 0.7;
/** How far past its heading's date a text is taken to look ahead. */
const FUTURE_DAYS = 92;
const DAY_MS = 86_400_000;

/** `dated`, `years`: the text's calendar dates and event years, when the caller has found them already
 * (they are only read). */
export function findYearlessDates(
  text: string,
  dated: readonly Found[] = findCalendarDates(text),
  years: readonly Found[] = findEventYears(text),
): Found[] {
  const headingEnd = headingLength(text);
  // a dateline is a short line of its own ("Council debate, Tuesday 14 June 2022"), not a dated sentence
  const heading = dated.find((d) => d.end <= headingEnd && lineLength(text, d.start) <= DATELINE_LENGTH);
  const titleLine = text.slice(0, Math.max(0, text.indexOf('\n')));
  const titleYear = TITLE_YEAR.exec(titleLine)?.[1];
  const bounds = heading ? {} : boundOwnDate(text, [...dated, ...years]);
  const yearAt = (start: number, end: number, month: number, day = 1): number | undefined => {
    const tense = tenseOfDate(text, start, end);
    if (heading) return headingYear(heading, month, day, tense);
    const own = titleYear !== undefined ? Number(titleYear) : ownYear(tense, bounds);
    if (tense && own !== undefined) return yearWithin(own, month, day, tense, bounds);
    const before = dated.filter((d) => d.end <= start).pop();
    const after = dated.find((d) => d.start >= start);
    const near = before ?? after;
    if (near) return yearOf(near);
    return titleYear ? Number(titleYear) : undefined;
  };
  const found: Found[] = [];
  const add = (start: number, end: number, month: number, day: number | undefined, year?: number) => {
    const y = year ?? yearAt(start, end, month, day);
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
    const name = m[2] as string;
    if (!capitalised(name)) continue;
    // with no word before it, only after a clause break ("its new term, October 3"), and never "May": "the
    // Long March 5 rocket" is a name
    if (
      m[1] === undefined &&
      (/^may$/iu.test(name) || !AFTER_BREAK.test(text.slice(Math.max(0, m.index - 3), m.index)))
    )
      continue;
    const start = m.index + (m[1]?.length ?? 0);
    const end = m.index + m[0].length;
    const month = monthNumber(name);
    const year = yearAt(start, end, month, Number(m[3]));
    add(start, end, month, Number(m[3]), year);
    // "from July 13th to 16th": the range's last day, in the first day's month and year
    DAY_RANGE_END.lastIndex = end;
    const last = DAY_RANGE_END.exec(text);
    if (last && year !== undefined) {
      const lastStart = DAY_RANGE_END.lastIndex - (last[1] as string).length;
      add(lastStart, DAY_RANGE_END.lastIndex, month, Number(last[2]), year);
    }
  }
  // "Between April and September": the second month of a pair, in a text that places the first
  for (const m of text.matchAll(SECOND_MONTH)) {
    const month = m[1] as string;
    if (!capitalised(month) || !capitalised(m[0].split(/[ \u00a0]+/u)[1] as string)) continue;
    const start = m.index + m[0].length - month.length;
    add(start, m.index + m[0].length, monthNumber(month), undefined);
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
    for (const m of text.matchAll(RELATIVE_MONTH)) {
      const month = m[2] as string;
      if (!capitalised(month)) continue;
      const year = relativeMonthYear(heading, (m[1] as string).toLowerCase(), monthNumber(month));
      add(m.index, m.index + m[0].length, monthNumber(month), undefined, year);
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

/** A day told as past falls on or before the heading's date, one told as future after it; with no marker,
 * texts report the recent past more than the far future: a day months after the heading's date ("On 2
 * December" in a text dated 16 January) is the one before it. */
function headingYear(heading: Found, month: number, day: number, tense: Tense | undefined): number {
  const dated = heading.startDate as string;
  const year = yearOf(heading);
  const ahead =
    Date.UTC(year, month - 1, day) -
    Date.UTC(year, Number(dated.slice(5, 7)) - 1, Number(dated.slice(8, 10)));
  if (tense === 'past') return ahead > 0 ? year - 1 : year;
  if (tense === 'future') return ahead < 0 ? year + 1 : year;
  return ahead > FUTURE_DAYS * DAY_MS ? year - 1 : year;
}

/** "last December" is the latest December before the heading's month, "next January" the first after it,
 * "this June" the June of the heading's year (a speaker's "this December" in October is still to come). */
function relativeMonthYear(heading: Found, which: string, month: number): number {
  const year = yearOf(heading);
  const now = Number((heading.startDate as string).slice(5, 7));
  if (which === 'last') return month < now ? year : year - 1;
  if (which === 'next') return month > now ? year : year + 1;
  return year;
}

/** The text's own year as its dates place it: what it looks back to, else (for a day told as past) the
 * year of what it looks ahead to; a future day needs a date behind it. */
function ownYear(tense: Tense | undefined, bounds: DateBounds): number | undefined {
  const own = tense === 'past' ? (bounds.notBefore ?? bounds.notAfter) : tense && bounds.notBefore;
  return own === undefined ? undefined : Number(own.slice(0, 4));
}

/** The year, from the text's own `year`, that puts a past day no later than the earliest date the text
 * looks ahead to, and a future day no earlier than the latest it looks back to. */
function yearWithin(year: number, month: number, day: number, tense: Tense, bounds: DateBounds): number {
  const iso = (y: number) => isoDate(y, month, Math.min(day, 28));
  let y = year;
  if (tense === 'past' && bounds.notAfter) while (iso(y) > bounds.notAfter) y--;
  if (tense === 'future' && bounds.notBefore) while (iso(y) < bounds.notBefore) y++;
  return y;
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
