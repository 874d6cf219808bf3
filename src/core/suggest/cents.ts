// Sums in cents ("2 cent per litre", "25 cents a gallon") and fractions of one ("one tenth of a cent"), in the
// unit of the text's currency: euro cents where the text writes € more often than $ (or, with neither, is a
// text of the Irish state), else US cents. Value is in whole units (2 cent → 0.02), as money is everywhere
// else. "per cent" is a percentage, never a cent.
// The word "cent" is found first (rare), then the number before it, so the number words are never tried
// across the whole text.

import { NUMBER_WORDS_SOURCE, parseCount } from './number-words';
import { FRACTION_WORDS, fractionValue } from './ratios';
import { countOf, IRISH_STATE } from './sign-counts';
import type { Found } from './suggestion';
import { WORD_CLASS } from './text-spans';

const CENT = /\bcents?\b/g;
const EURO_WORD = /\beuros?\b/u;
const REACH = 40;
const AMOUNT_BEFORE = new RegExp(
  String.raw`(?<![${WORD_CLASS}.,£$€])(\d{1,3}(?:\.\d+)?|${NUMBER_WORDS_SOURCE})[ \u00a0]$`,
  'iu',
);
const FRACTION_BEFORE = new RegExp(
  String.raw`\b(a|one|two|three|four|five|six|seven|eight|nine)[ \u00a0-](${FRACTION_WORDS})[ \u00a0]+of[ \u00a0]+an?[ \u00a0]+$`,
  'iu',
);

export function findCents(text: string): Found[] {
  const found: Found[] = [];
  let unit: 'EUR' | 'USD' | undefined;
  // no sign at all: euros only in a text of the Irish state, else dollars (US texts spell "dollars" out)
  const currency = () => {
    if (unit) return unit;
    const dollars = countOf(text, '$');
    const irish = dollars === 0 && (IRISH_STATE.test(text) || EURO_WORD.test(text));
    return (unit = countOf(text, '€') > dollars || irish ? 'EUR' : 'USD');
  };
  CENT.lastIndex = 0;
  for (let m = CENT.exec(text); m; m = CENT.exec(text)) {
    const from = Math.max(0, m.index - REACH);
    const before = text.slice(from, m.index);
    const end = m.index + m[0].length;
    if (/[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    const amount = AMOUNT_BEFORE.exec(before);
    if (amount) {
      const word = amount[1] as string;
      const cents = parseCount(word);
      if (cents > 0) found.push(centFound(from + amount.index, end, cents / 100, currency()));
      continue;
    }
    // "one tenth of a cent": the fraction alone is the figure, as a share is
    const fraction = FRACTION_BEFORE.exec(before);
    if (fraction) {
      const start = from + fraction.index;
      const value = fractionValue(fraction[1] as string, fraction[2] as string) / 100;
      found.push(
        centFound(
          start,
          start + (fraction[1] as string).length + 1 + (fraction[2] as string).length,
          value,
          currency(),
        ),
      );
    }
  }
  return found;
}

function centFound(start: number, end: number, value: number, unit: 'EUR' | 'USD'): Found {
  return { kind: 'figure', start, end, value: Number(value.toPrecision(6)), unit, confidence: 0.7 };
}
