// Figures that running text states without a noun right after them, which counts.ts (number, then a plural
// noun) cannot see: large counts ("fall by 310,000 (", "from 790,000 to 75,000"), counts with a scale
// ("the 1.5m figure", "one million or so stops", "a quarter of a million", "a thousand checkpoints"), and how many times more
// likely or larger something is ("seven times more likely", "twice as many", value 7 or 2 as a ratio). Money, percentages,
// years, codes and numbers glued to other text are left alone: their finders, or no finder, read them.

import { NOT_COUNT_HEADS } from './count-words';
import { matchAtCandidates, wordStarts } from './candidate-matches';
import { countFound } from './counts';
import { NUMBER_WORDS_SOURCE, parseDigits, parseNumberWords, tidy } from './number-words';
import { isHedged } from './hedges';
import type { Found } from './suggestion';
import { WORD_CLASS } from './text-spans';

const S = String.raw`[ \u00a0]`;
/** Nothing of another figure may follow: a letter, a %, more digits, a currency or a unit word. */
const ENDS_CLEANLY = String.raw`(?![${WORD_CLASS}%]|[.,/:–-]\d|${S}?(?:per${S}?cent|percent|pounds|dollars|euros|pence|years?\b|months?\b))`;

/** "41,230", "310,000": grouped digits, so a year or a code is never read. */
const GROUPED = new RegExp(String.raw`\d{1,3}(?:,\d{3})+${ENDS_CLEANLY}`, 'g');

/** "1.5m", "1.7 million": digits with a scale. */
const SCALED = new RegExp(String.raw`(\d+(?:\.\d+)?)${S}?(million|billion|m|bn)\b${ENDS_CLEANLY}`, 'gi');
/** "one million", "a million", "a quarter of a million": the scale word is found first (rare), then the
 * words before it. */
export const SCALE_WORD = new RegExp(
  String.raw`\b(million|billion|thousand(?=(?:${S}[\p{Ll}-]+){0,2}${S}[\p{Ll}-]+s\b))${ENDS_CLEANLY}`,
  'giu',
);
/** The words SCALE_WORD opens with; it is tried only where one of them starts. */
export const SCALE_WORDS = ['million', 'billion', 'thousand'];
const SCALE_WORD_START = wordStarts(SCALE_WORDS);
const WORDS_BEFORE = new RegExp(
  String.raw`\b(a${S}quarter${S}of${S}a|half${S}a|a|${NUMBER_WORDS_SOURCE})${S}$`,
  'i',
);
const WORDS_REACH = 40;

/** "seven times more likely", "5 times higher": a rate ratio, found from "times" back to its number. */
const TIMES = new RegExp(
  String.raw`${S}times(?=${S}(?:more|less|higher|lower|greater|larger|bigger|smaller|as|the|over|what)\b)`,
  'gi',
);
/** "twice as many", "almost twice what X earns": a ratio of 2 ("twice a year" is a frequency). */
const TWICE = new RegExp(
  String.raw`\b[Tt]wice(?=${S}(?:as|what|the${S}(?:rate|number|amount|level|size|average)|that${S}of)\b)`,
  'g',
);
const NUMBER_BEFORE_TIMES = new RegExp(String.raw`\b(\d+(?:\.\d+)?|${NUMBER_WORDS_SOURCE})$`, 'i');
const TIMES_REACH = 30;

/** A sign, letter or digit right before means the number belongs to something else ("£41,230", "A1,200"). */
const GLUED_BEFORE = new RegExp(String.raw`[${WORD_CLASS}.,/:£$€#-]`);

export function findRunningCounts(text: string): Found[] {
  const found: Found[] = [];
  GROUPED.lastIndex = 0;
  for (let m = GROUPED.exec(text); m; m = GROUPED.exec(text)) {
    if (GLUED_BEFORE.test(text[m.index - 1] ?? '')) continue;
    // a scale after it makes it a scaled count, read below
    if (
      /^[ \u00a0]?(?:million|billion|m\b|bn\b)/i.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 9),
      )
    )
      continue;
    found.push(countFound(text, m.index, m.index + m[0].length, parseDigits(m[0]), 0.6));
  }
  SCALED.lastIndex = 0;
  for (let m = SCALED.exec(text); m; m = SCALED.exec(text)) {
    if (GLUED_BEFORE.test(text[m.index - 1] ?? '')) continue;
    const scale = /^b/i.test(m[2] as string) ? 1e9 : 1e6;
    found.push(countFound(text, m.index, m.index + m[0].length, tidy(Number(m[1]) * scale), 0.6));
  }
  for (const m of matchAtCandidates(SCALE_WORD, SCALE_WORD_START, text)) {
    const from = Math.max(0, m.index - WORDS_REACH);
    const words = WORDS_BEFORE.exec(text.slice(from, m.index));
    if (!words) continue;
    const start = from + words.index;
    if (GLUED_BEFORE.test(text[start - 1] ?? '')) continue;
    const base = wordsValue(words[1] as string);
    if (!(base > 0)) continue;
    const scale = /^b/i.test(m[1] as string) ? 1e9 : /^t/i.test(m[1] as string) ? 1e3 : 1e6;
    // "a thousand lines of inquiry" counts things; "a thousand years" is a duration
    const noun = /^(?:[ \u00a0]+[\p{Ll}-]+){0,2}?[ \u00a0]+([\p{Ll}-]+s)\b/u.exec(
      text.slice(m.index + m[0].length),
    )?.[1];
    if (scale === 1e3 && noun && NOT_COUNT_HEADS.has(noun)) continue;
    found.push(countFound(text, start, m.index + m[0].length, tidy(base * scale), 0.6));
  }
  TIMES.lastIndex = 0;
  for (let m = TIMES.exec(text); m; m = TIMES.exec(text)) {
    const from = Math.max(0, m.index - TIMES_REACH);
    const number = NUMBER_BEFORE_TIMES.exec(text.slice(from, m.index));
    if (!number) continue;
    const start = from + number.index;
    if (GLUED_BEFORE.test(text[start - 1] ?? '')) continue;
    const written = number[1] as string;
    const value = /^\d/.test(written) ? Number(written) : parseNumberWords(written);
    if (!(value >= 2)) continue;
    found.push({
      kind: 'figure',
      start,
      end: m.index + m[0].length,
      value,
      unit: 'ratio',
      confidence: 0.7,
      ...(isHedged(text, start) ? { approximate: true } : {}),
    });
  }
  for (const m of text.matchAll(TWICE)) {
    found.push({
      kind: 'figure',
      start: m.index,
      end: m.index + m[0].length,
      value: 2,
      unit: 'ratio',
      confidence: 0.6,
      ...(isHedged(text, m.index) ? { approximate: true } : {}),
    });
  }
  return found;
}

function wordsValue(words: string): number {
  const lower = words.toLowerCase().replace(/[ \u00a0]+/g, ' ');
  if (lower === 'a quarter of a') return 0.25;
  if (lower === 'half a') return 0.5;
  if (lower === 'a') return 1;
  return parseNumberWords(lower);
}
