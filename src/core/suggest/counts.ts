// Counts that carry weight: a number (digits or words) followed within a few words by a plural noun that
// names things in the world ("285 expressions of interest", "two independent trusts", "two of these
// councils", "20 or more homes", "a dozen leaders"), or a number of a group already named ("only 8 of them",
// "57 of us"). Not counts: "one", years, list and section numbers, footnote markers, numbers glued to a name
// ("4Children"), numbers starting with 0 (codes, phone numbers), durations, ages and measures.

import { FUNCTION_WORDS, IRREGULAR_PLURALS, LABEL_WORDS, NOT_COUNT_HEADS, NOT_PLURAL_S } from './count-words';
import { isHedged } from './hedges';
import {
  NUMBER_WORDS_SOURCE,
  parseCount,
  parseDigits,
  parseNumberWords,
  scaleOf,
  tidy,
} from './number-words';
import type { Found } from './suggestion';
import { wordBefore, WORD_CLASS } from './text-spans';

const NUMBER = new RegExp(
  String.raw`(?:(\d{1,3}(?:,\d{3})+|\d+(?:[.\u00b7]\d+)?)|\b(${NUMBER_WORDS_SOURCE}))(?:[ \u00a0](million|billion|thousand))?(?![${WORD_CLASS}])`,
  'gi',
);
// one word of the phrase after the number, with the spaces before it
// (an abbreviation written with stops, "U.S.", is one word: "over 400 U.S. facilities")
const NEXT_WORD = new RegExp(
  String.raw`[ \u00a0]+((?:\p{Lu}\.){2,}|[${WORD_CLASS}][${WORD_CLASS}’'-]*)`,
  'uy',
);
const OF_DETERMINER = /[ \u00a0]+of[ \u00a0]+(?:these|those|the|its|their|our|them)(?=[ \u00a0])/iy;
// "8 of them", "Fifty-seven of us", "6 million of which": the things counted were named before
const OF_PRONOUN = /[ \u00a0]+of[ \u00a0]+(?:them|us|which|whom)(?![\p{L}\p{N}])/iuy;
// "20 or more homes", "nine or so farmers": a bound before the noun
const OR_BOUND = /[ \u00a0]+or[ \u00a0]+(?:more|fewer|less|so)(?=[ \u00a0])/iy;
const MAX_WORDS_TO_HEAD = 4;
// "over a dozen leaders", "half a dozen councils": twelve and six
const DOZEN = /\b(a|half[ \u00a0]a|two|three|four|five|six)[ \u00a0]dozen(?![\p{L}\p{N}])/giu;
// digits right after a letter, digit, decimal point, slash, colon, currency sign or hyphen belong to
// something else ("A12", "1.5", "3/4", "£5", "2014-15")
const NOT_BEFORE_A_COUNT = new RegExp(String.raw`[${WORD_CLASS}.,/:£$€#-]`);
// "six-week", "3/4", "10:30", "2.5", "16%", "16 per cent": compounds, fractions, times and percentages
const NOT_A_COUNT_AFTER = new RegExp(
  String.raw`-[${WORD_CLASS}]|[-–/:.]\d|[ \u00a0]?(?:%|per[ \u00a0]?cent|percent)`,
  'iy',
);

export function findCounts(text: string): Found[] {
  const found: Found[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // a count is followed by a space and its noun; most numbers (in dates, money, codes) are not
    const next = text.charCodeAt(end);
    if (next !== 32 && next !== 0xa0) continue;
    const digits = m[1];
    // (the Congressional Record's typewriter dash, "vehicles--6 million of which", is a dash, not a hyphen)
    const dashed = text.startsWith('--', start - 2);
    if (digits !== undefined && !dashed && NOT_BEFORE_A_COUNT.test(text[start - 1] ?? '')) continue;
    const base = digits !== undefined ? parseDigits(digits) : parseNumberWords(m[2] as string);
    const value = base * scaleOf(m[3]);
    if (!(value >= 2) || !Number.isFinite(value)) continue;
    if (digits !== undefined && isCodeOrYear(digits)) continue;
    if (isListNumber(text, start, end) || isLabelled(text, start)) continue;
    NOT_A_COUNT_AFTER.lastIndex = end;
    if (NOT_A_COUNT_AFTER.test(text)) continue;
    OF_PRONOUN.lastIndex = end;
    const ofPronoun = OF_PRONOUN.test(text);
    if (!ofPronoun && !findHeadNoun(text, end)) continue;
    const confidence = digits !== undefined ? 0.75 : 0.65;
    found.push(countFound(text, start, end, value, ofPronoun ? confidence - 0.05 : confidence));
  }
  DOZEN.lastIndex = 0;
  for (let m = DOZEN.exec(text); m; m = DOZEN.exec(text)) {
    const end = m.index + m[0].length;
    const times = /^half/i.test(m[1] as string) ? 0.5 : parseCount(m[1] as string);
    if (findHeadNoun(text, end)) found.push(countFound(text, m.index, end, 12 * times, 0.65));
  }
  return found;
}

// 4-digit years, and numbers with a leading zero (phone numbers, codes, "007")
function isCodeOrYear(digits: string): boolean {
  return /^(?:1[89]|20)\d\d$/.test(digits) || /^0\d/.test(digits);
}

// "1. Social work", "2 Discussions about": a number that opens a line, then a full stop, a bracket or a
// capitalised word, numbers a list; "(3)" and "[3]" mark notes
function isListNumber(text: string, start: number, end: number): boolean {
  const open = text[start - 1];
  if ((open === '(' && text[end] === ')') || (open === '[' && text[end] === ']')) return true;
  let i = start - 1;
  while (i >= 0 && /[ \t\u00a0•*·▪–-]/.test(text[i] as string)) i--;
  if (i >= 0 && text[i] !== '\n') return false;
  return /^(?:[.)]|[ \u00a0\t]+\p{Lu})/u.test(text.slice(end, end + 3));
}

function isLabelled(text: string, start: number): boolean {
  const before = wordBefore(text, start).toLowerCase().replace(/\.$/, '');
  return LABEL_WORDS.has(before);
}

/** The plural noun a count is of, searched over the next few words; undefined when there is none. */
function findHeadNoun(text: string, from: number): string | undefined {
  let at = from;
  let reach = MAX_WORDS_TO_HEAD;
  OR_BOUND.lastIndex = at;
  if (OR_BOUND.test(text)) at = OR_BOUND.lastIndex;
  OF_DETERMINER.lastIndex = at;
  // "two of the four largest Russian oil producers": a partitive's noun phrase may run a word longer
  if (OF_DETERMINER.test(text)) [at, reach] = [OF_DETERMINER.lastIndex, MAX_WORDS_TO_HEAD + 1];
  for (let n = 0; n < reach; n++) {
    NEXT_WORD.lastIndex = at;
    const m = NEXT_WORD.exec(text);
    if (!m) return undefined;
    at = NEXT_WORD.lastIndex;
    const word = (m[1] as string).toLowerCase();
    const bare = word.replace(/^.*-/, '');
    if (isPluralNoun(word) || isPluralNoun(bare)) {
      return NOT_COUNT_HEADS.has(word) || NOT_COUNT_HEADS.has(bare) ? undefined : word;
    }
    if (FUNCTION_WORDS.has(word) || NOT_COUNT_HEADS.has(word + 's') || NOT_COUNT_HEADS.has(bare + 's')) {
      return undefined;
    }
  }
  return undefined;
}

function isPluralNoun(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true;
  if (word.length < 4 || !word.endsWith('s') || NOT_PLURAL_S.has(word)) return false;
  return !/(?:ss|us|is|ous|[’']s)$/.test(word);
}

/** A count suggestion for text[start, end): the rounding and hedge rules every count finder shares. */
export function countFound(
  text: string,
  start: number,
  end: number,
  value: number,
  confidence: number,
): Found {
  return {
    kind: 'figure',
    start,
    end,
    value: tidy(value),
    unit: 'count',
    confidence,
    ...(isHedged(text, start) ? { approximate: true } : {}),
  };
}
