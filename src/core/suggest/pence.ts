// Sums in pence written with the "p" suffix ("50p", "a 20p levy"): pounds in value, so 50p -> 0.5 GBP.
// Digits glued to a letter or a decimal point before them ("A12p", "1.5p") are left alone, and so is a
// "p" that starts a word ("5pm", "3pp"). A change to a tax rate in pence ("a 1p rise in the basic rate",
// "a 1p higher rate increase") is a change of that many percentage points, read as percent like any other.

import type { Found } from './suggestion';
import { WORD_CLASS } from './text-spans';

const PENCE = new RegExp(String.raw`(?<![${WORD_CLASS}.,£$€])(\d{1,3}(?:\.\d+)?)p(?![${WORD_CLASS}])`, 'g');

const RATE_CHANGE =
  /^[ \u00a0]+(?:(?:increase|rise|cut|reduction|hike)[ \u00a0]+(?:in|on|to)[ \u00a0]+(?:the[ \u00a0]+)?(?:[\p{L}-]+[ \u00a0]+){0,2}rates?\b|(?:[\p{L}-]+[ \u00a0]+){0,2}rate[ \u00a0]+(?:increase|rise|cut|reduction|hike)\b)/u;

export function findPence(text: string): Found[] {
  const found: Found[] = [];
  PENCE.lastIndex = 0;
  for (let m = PENCE.exec(text); m; m = PENCE.exec(text)) {
    const pence = Number(m[1]);
    if (!(pence > 0)) continue;
    const end = m.index + m[0].length;
    // "a 1p increase in the higher rate of income tax": a point on a tax rate, not a penny
    const onRate = RATE_CHANGE.test(text.slice(end, end + 60));
    found.push({
      kind: 'figure',
      start: m.index,
      end,
      value: onRate ? pence : Math.round(pence) === pence ? pence / 100 : Number((pence / 100).toFixed(4)),
      unit: onRate ? 'percent' : 'GBP',
      confidence: 0.7,
    });
  }
  return found;
}
