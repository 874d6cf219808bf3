// How a date claim reads, at the precision its start and end dates imply: a day "14 October 2014", a whole
// month "October 2014", a whole year "2014", a UK financial year (April to March) or academic year
// (September to August) "2014-15", a calendar quarter "Q3 2014", and any other period as its two ends at
// the coarsest precision that states them exactly ("March–May 2019", "1–10 March 2019"). A claim's
// `precision` can only coarsen a lone date (a start with precision "month" reads "October 2014"). Pure and
// locale-free, so the app's claim cards and the CLI's briefing read the same on every machine.

import type { ClaimFields } from '../model/records';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

type Day = { year: number; month: number; day: number };

function parseDay(iso: string | undefined): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso?.trim() ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > lastDayOf(year, month)) return null;
  return { year, month, day };
}

function lastDayOf(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const monthName = (d: Day) => MONTHS[d.month - 1]!;
const formatDay = (d: Day) => `${d.day} ${monthName(d)} ${d.year}`;
const formatMonth = (d: Day) => `${monthName(d)} ${d.year}`;
const isMonthEnd = (d: Day) => d.day === lastDayOf(d.year, d.month);

/** "2014-15" for a span of consecutive years; "2015-18" for several (two digits unless a century turns). */
function formatYearSpan(first: number, last: number): string {
  const tail =
    Math.floor(first / 100) === Math.floor(last / 100) ? String(last % 100).padStart(2, '0') : last;
  return `${first}-${tail}`;
}

/** A lone date at the claim's precision (a day unless the claim says month or year). */
function formatLone(d: Day, precision: ClaimFields['precision']): string {
  if (precision === 'year') return String(d.year);
  if (precision === 'month') return formatMonth(d);
  return formatDay(d);
}

function formatRange(s: Day, e: Day): string {
  const wholeMonths = s.day === 1 && isMonthEnd(e);
  if (wholeMonths) {
    const months = (e.year - s.year) * 12 + e.month - s.month + 1;
    if (s.month === 1 && e.month === 12) {
      return s.year === e.year ? String(s.year) : `${s.year}–${e.year}`;
    }
    // Financial years run 1 April to 31 March; academic years 1 September to 31 August.
    if (
      e.year > s.year &&
      ((s.month === 4 && e.month === 3) || (s.month === 9 && e.month === 8)) &&
      months % 12 === 0
    ) {
      return formatYearSpan(s.year, e.year);
    }
    if (months === 1) return formatMonth(s);
    if (months === 3 && s.year === e.year && (s.month - 1) % 3 === 0) {
      return `Q${(s.month + 2) / 3} ${s.year}`;
    }
    if (s.year === e.year) return `${monthName(s)}–${monthName(e)} ${s.year}`;
    return `${formatMonth(s)} – ${formatMonth(e)}`;
  }
  if (s.year === e.year && s.month === e.month) return `${s.day}–${e.day} ${monthName(s)} ${s.year}`;
  if (s.year === e.year) return `${s.day} ${monthName(s)} – ${formatDay(e)}`;
  return `${formatDay(s)} – ${formatDay(e)}`;
}

/** A date claim's dates as a reader says them; '' when it has none. */
export function formatDatePeriod(fields: Pick<ClaimFields, 'startDate' | 'endDate' | 'precision'>): string {
  const startText = fields.startDate?.trim() ?? '';
  const endText = fields.endDate?.trim() ?? '';
  if (!startText && !endText) return '';
  const start = parseDay(startText);
  const end = parseDay(endText);
  // Dates not written as YYYY-MM-DD (older or hand-made records) are shown as they are.
  const show = (text: string, day: Day | null) => (day ? formatLone(day, fields.precision) : text);
  if (!endText || endText === startText) return show(startText, start);
  if (!startText) return `until ${show(endText, end)}`;
  if (!start || !end || endText < startText) return `${show(startText, start)} – ${show(endText, end)}`;
  return formatRange(start, end);
}
