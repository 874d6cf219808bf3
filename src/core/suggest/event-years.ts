// Bare years that place an event or a figure in time: after a preposition of time ("established in 2014", "by
// 2020", "since 2010", "during 2016", "by the year 2005", "the course of 1975", "at the end of 2019",
// "compared with 1974", "19 percent lower than 2019", "in tax year 1997") or as the ends of a range in words
// ("between 2014 and 2016", "from 2014 to 2016", "the programme 2023 to 2027") or of a list ("tax years 1997,
// 1998, and 1999"). A year after anything else is more likely part of a name or title ("Spending Round 2019",
// "Care Act 2014", "the 2019 Spending Review") and is left alone, except where it dates a body's paper ("the
// Society's 2021 report") or is the subject of its clause ("2021 had the most new firms", "1981 is the latest
// year").

import { yearPeriod } from './calendar';
import type { Found } from './suggestion';
import { WORD_CLASS } from './text-spans';

const YEAR = new RegExp(
  String.raw`(?<![${WORD_CLASS}£$€.,\/-])((?:1[89]|20)\d\d)(?![${WORD_CLASS}%]|[-–\/.,]\d|[ \u00a0]?(?:per[ \u00a0]?cent|percent))`,
  'g',
);
// the words right before the year
const TIME_PREPOSITION =
  /\b(?:in|since|by|for|during|until|till|to|before|after|from|between|throughout|circa|c\.|(?:the|a)[ \u00a0]+(?:course|end|start|beginning|middle|first[ \u00a0]+half|second[ \u00a0]+half|rest|remainder)[ \u00a0]+of|compared[ \u00a0]+(?:with|to)|(?:lower|higher|earlier|later|greater|smaller|larger|bigger|better|worse)[ \u00a0]+than|(?:tax|calendar)[ \u00a0]+years?)[ \u00a0]+(?:the[ \u00a0]+year[ \u00a0]+)?$/i;
const ARTICLE_BEFORE = /(?:\b(?:the|a|an|its|their|this)|\p{L}[’']s?)[ \u00a0]+$/iu;
const CLAUSE_START = /(?:^|[.:;,!?][ \u00a0]+|\n[ \u00a0]*)$/u;
const VERB_AFTER = /^[ \u00a0]+(?:is|was|had|has|saw|marked|remains|remained)\b/u;
const COMMON_NOUN_AFTER = /^[ \u00a0]+\p{Ll}/u;
// the first end of a range whatever stands before it ("the LEADER programme 2023 to 2027")
const RANGE_START = /^[ \u00a0]+(?:to|until|till)[ \u00a0]+(?:1[89]|20)\d\d(?![\p{L}\p{N}])/u;
const RANGE_CONTINUATION =
  /\b(?:1[89]|20)\d\d(?:[-–/]\d{2,4})?,?[ \u00a0]+(?:and|or|to|until|till)[ \u00a0]+$/i;
// a year inside a list of years: one before it and the list going on after it ("1997, 1998, and 1999")
const LIST_BEFORE = /\b(?:1[89]|20)\d\d,[ \u00a0]+$/;
const LIST_AFTER = /^,?[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?(?:1[89]|20)\d\d\b/;

export function findEventYears(text: string): Found[] {
  const found: Found[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const ahead = text.slice(m.index + 4, m.index + 16);
    const listed = LIST_BEFORE.test(before) && LIST_AFTER.test(ahead);
    const range = RANGE_CONTINUATION.test(before) || RANGE_START.test(ahead) || listed;
    const timed = range || TIME_PREPOSITION.test(before);
    const after = text.slice(m.index + 4, m.index + 6);
    const attributive = !timed && ARTICLE_BEFORE.test(before) && COMMON_NOUN_AFTER.test(after);
    const subject =
      !timed &&
      !attributive &&
      CLAUSE_START.test(before) &&
      VERB_AFTER.test(text.slice(m.index + 4, m.index + 16));
    if (!timed && !attributive && !subject) continue;
    found.push({
      kind: 'date',
      start: m.index,
      end: m.index + 4,
      ...yearPeriod(Number(m[1])),
      confidence: attributive || subject ? 0.6 : range ? 0.7 : 0.75,
    });
  }
  return found;
}
