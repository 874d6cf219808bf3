// Sums of money: a currency sign or code before the number ("£2.7 m", "$4bn", "€30,000", "GBP 5m"), or a
// currency word after it ("half a billion pounds", "300 euros"). The value is in whole currency units
// (£8.52m -> 8520000); a range written with one sign ("£2-3m") gives two sums sharing sign and scale.

import {
  NUMBER_WORDS_SOURCE,
  SCALE_SOURCE,
  parseDigits,
  parseNumberWords,
  scaleOf,
  tidy,
} from './number-words';
import { isHedged } from './hedges';
import type { FigureUnit, Found } from './suggestion';
import { isWordChar, WORD_CLASS } from './text-spans';

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:[.\u00b7]\d+)?|\d+(?:[.\u00b7]\d+)?`;
const SCALE_AFTER = String.raw`(?:[ \u00a0]?(${SCALE_SOURCE})(?![${WORD_CLASS}]))?`;

// sign or code, number, optional scale; a letter right before the sign ("A$", "NZ$") means another dollar
const SIGN_FIRST = new RegExp(
  String.raw`(?:([£$€])|\b(GBP|USD|EUR)[ \u00a0]?)[ \u00a0]?(${DIGITS})${SCALE_AFTER}`,
  'g',
);
// "-3m", " to £3m" right after a sum: the other end of a range
const RANGE_END = new RegExp(
  String.raw`[ \u00a0]?(?:-|–|to)[ \u00a0]?([£$€])?(${DIGITS})${SCALE_AFTER}`,
  'uy',
);
// a currency word after the number: found first (rare), then the number and scale right before it
const CURRENCY_WORD = /\b(?:pounds(?:[ \u00a0]sterling)?|euros?|dollars|pence)\b/gi;
const AMOUNT_BEFORE = new RegExp(
  String.raw`(?:(${DIGITS})|\b(half an?|a quarter of an?|${NUMBER_WORDS_SOURCE}))(?:[ \u00a0](billion|million|thousand|trillion|bn|m))?[ \u00a0]$`,
  'i',
);
const LOOK_BACK = 60;

const SIGNS: Record<string, FigureUnit> = {
  '£': 'GBP',
  $: 'USD',
  '€': 'EUR',
  GBP: 'GBP',
  USD: 'USD',
  EUR: 'EUR',
};

export function findMoney(text: string): Found[] {
  const found: Found[] = [];
  SIGN_FIRST.lastIndex = 0;
  for (let m = SIGN_FIRST.exec(text); m; m = SIGN_FIRST.exec(text)) {
    let start = m.index;
    // "US$5m" is dollars; a letter glued before a sign otherwise names another currency ("A$", "HK$")
    if (m[1] === '$' && text.slice(start - 2, start) === 'US' && !isWordChar(text, start - 3)) start -= 2;
    else if (m[1] && isWordChar(text, start - 1)) continue;
    const unit = SIGNS[(m[1] ?? m[2]) as string] as FigureUnit;
    let end = m.index + m[0].length;
    let scale = m[4];
    RANGE_END.lastIndex = end;
    const range = RANGE_END.exec(text);
    const rangeScale = range?.[3];
    if (range && !scale && rangeScale && !range[1]) scale = rangeScale;
    found.push(moneyFound(text, start, end, parseDigits(m[3] as string) * scaleOf(scale), unit));
    if (range && !range[1]) {
      // "£2-3m": the second sum has no sign of its own, so SIGN_FIRST will not see it
      const numberStart = range.index + range[0].indexOf(range[2] as string);
      end = range.index + range[0].length;
      found.push(
        moneyFound(
          text,
          numberStart,
          end,
          parseDigits(range[2] as string) * scaleOf(rangeScale ?? scale),
          unit,
        ),
      );
      SIGN_FIRST.lastIndex = end;
    }
  }
  CURRENCY_WORD.lastIndex = 0;
  for (let word = CURRENCY_WORD.exec(text); word; word = CURRENCY_WORD.exec(text)) {
    const from = Math.max(0, word.index - LOOK_BACK);
    const m = AMOUNT_BEFORE.exec(text.slice(from, word.index));
    if (!m) continue;
    const start = from + m.index;
    const amount = m[1] ? parseDigits(m[1]) : wordAmount(m[2] as string);
    if (!Number.isFinite(amount) || isWordChar(text, start - 1) || text[start - 1] === '£') continue;
    const currency = word[0].toLowerCase();
    const unit: FigureUnit = currency.startsWith('euro') ? 'EUR' : currency === 'dollars' ? 'USD' : 'GBP';
    const value = amount * scaleOf(m[3]) * (currency === 'pence' ? 0.01 : 1);
    found.push(moneyFound(text, start, word.index + word[0].length, value, unit));
  }
  return found;
}

function wordAmount(words: string): number {
  const lower = words.toLowerCase();
  if (lower.startsWith('half')) return 0.5;
  if (lower.startsWith('a quarter')) return 0.25;
  return parseNumberWords(lower);
}

function moneyFound(text: string, start: number, end: number, value: number, unit: FigureUnit): Found {
  const hedged = isHedged(text, start);
  return {
    kind: 'figure',
    start,
    end,
    value: tidy(value),
    unit,
    confidence: 0.95,
    ...(hedged ? { approximate: true } : {}),
  };
}
