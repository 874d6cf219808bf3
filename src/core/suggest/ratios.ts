// Ratios and shares: "one in six" (0.1667), "57 in every 100,000", fractions used as shares ("a third of",
// "two-thirds", "three quarters") and "half" meaning a share ("half of", "nearly half the"). Values are
// fractions rounded to four decimals. Ordinals that look alike ("a third local authority") are left out:
// a single fraction word counts only when "of" or a clause break follows it.

import { NUMBER_WORDS_SOURCE, parseCount } from './number-words';
import { isHedged } from './hedges';
import type { Found } from './suggestion';
import { isWordChar } from './text-spans';

const COUNT = String.raw`\d{1,3}(?:,\d{3})+|\d+|${NUMBER_WORDS_SOURCE}|an?`;
// "one in six", "57 in every 100,000", "nine out of ten"
const ONE_IN = new RegExp(
  String.raw`\b(${COUNT})[ \u00a0](?:in|out[ \u00a0]of)[ \u00a0](every[ \u00a0])?(${COUNT})\b`,
  'gi',
);

const DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
};
/** The fraction words, as a pattern's alternatives. */
export const FRACTION_WORDS = Object.keys(DENOMINATORS).join('|');
const FRACTION = new RegExp(
  String.raw`\b(a|one|two|three|four|five|six|seven|eight|nine)[ \u00a0-](${FRACTION_WORDS})\b`,
  'gi',
);
// "one tenth of a cent" is a sum of money (cents.ts)
const OF_A_COIN = /^[ \u00a0]+of[ \u00a0]+an?[ \u00a0]+(?:cent|penny)\b/i;
const HALF = /\bhalf\b/gi;

// what may follow a share: "of", a determiner, a clause break, or a verb of being or reporting
const SHARE_FOLLOWS =
  /^(?:[ \u00a0]+(?:of|the|its|their|our|all|them|these|those|were|are|was|is|have|had|said|say|reported|agreed)\b|\s*[,.;:)!?–—]|\s*$)/i;
// "rose by almost a quarter", "cut by a third": a fraction after "by" is the size of a change
// the words that hedge the size ("almost a quarter", "more than half")
const SIZE_HEDGE = String.raw`(?:(?:almost|nearly|about|around|roughly|over|under|more[ \u00a0]+than|less[ \u00a0]+than|just[ \u00a0]+(?:over|under))[ \u00a0]+)?`;
const CHANGE_BY = new RegExp(String.raw`\bby[ \u00a0]+${SIZE_HEDGE}$`, 'i');
// "a fall in crime of over a quarter", "an increase of a third": the size of a change named just before
const CHANGE_OF = new RegExp(
  String.raw`\b(?:falls?|rises?|increases?|decreases?|drops?|cuts?|reductions?|growth|declines?)\b[^.;:!?]{0,30}?\bof[ \u00a0]+${SIZE_HEDGE}$`,
  'i',
);
const NOT_A_SHARE_AFTER_OF =
  /^[ \u00a0]+of[ \u00a0]+(?:an?[ \u00a0]+(?:hour|day|week|month|year|century|decade|mile)|the[ \u00a0]+(?:year|century|decade|day)|\d{4})/i;

export function roundRatio(value: number): number {
  const rounded = Math.round(value * 1e4) / 1e4;
  return rounded === 0 && value !== 0 ? Number(value.toPrecision(4)) : rounded;
}

export function findRatios(text: string): Found[] {
  const found: Found[] = [];
  ONE_IN.lastIndex = 0;
  for (let m = ONE_IN.exec(text); m; m = ONE_IN.exec(text)) {
    const numerator = parseCount(m[1] as string);
    const denominator = parseCount(m[3] as string);
    const looksLikeYear = /^(?:1[89]|20)\d\d$/.test(m[3] as string);
    if (isWordChar(text, m.index - 1) || !(numerator > 0 && denominator > numerator)) continue;
    if (looksLikeYear && !m[2]) continue;
    // "one in six": the number words must not be glued to a duration ("one in six months")
    if (
      /^[ \u00a0]*(?:years?|months?|weeks?|days?|hours?)\b/i.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 8),
      )
    ) {
      continue;
    }
    found.push(ratio(text, m.index, m.index + m[0].length, numerator / denominator, 0.9));
  }
  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(text); m; m = FRACTION.exec(text)) {
    const plural = /s$/i.test(m[2] as string) && !/^(?:a|one)$/i.test(m[1] as string);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (!plural && !SHARE_FOLLOWS.test(after) && !CHANGE_BY.test(before) && !CHANGE_OF.test(before)) continue;
    if (NOT_A_SHARE_AFTER_OF.test(after) || OF_A_COIN.test(after)) continue;
    found.push(
      ratio(text, m.index, m.index + m[0].length, fractionValue(m[1] as string, m[2] as string), 0.8),
    );
  }
  HALF.lastIndex = 0;
  for (let m = HALF.exec(text); m; m = HALF.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + 4, m.index + 44);
    if (/(?:\b(?:first|second|latter|other|the|one|a)[ \u00a0]*|-)$/i.test(before) || /^-/.test(after))
      continue;
    // "fell by more than half in the early months": the size of a change, whatever follows
    const change =
      CHANGE_BY.test(text.slice(Math.max(0, m.index - 24), m.index)) &&
      !/^[ \u00a0]+(?:past|an?[ \u00a0]+hour)\b/iu.test(after);
    if (!change && (!SHARE_FOLLOWS.test(after) || NOT_A_SHARE_AFTER_OF.test(after) || /^\s*$/.test(after)))
      continue;
    found.push(ratio(text, m.index, m.index + 4, 0.5, 0.7));
  }
  return found;
}

/** "two-thirds" → 2/3: a number word (or "a") over a fraction word. */
export function fractionValue(numerator: string, denominator: string): number {
  return parseCount(numerator) / (DENOMINATORS[denominator.toLowerCase()] as number);
}

function ratio(text: string, start: number, end: number, value: number, confidence: number): Found {
  return {
    kind: 'figure',
    start,
    end,
    value: roundRatio(value),
    unit: 'ratio',
    confidence,
    ...(isHedged(text, start) ? { approximate: true } : {}),
  };
}
