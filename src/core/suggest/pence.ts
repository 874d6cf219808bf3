// Sums in pence written with the "p" suffix ("50p", "a 20p levy"): pounds in value, so 50p -> 0.5 GBP.
// Digits glued to a letter or a decimal point before them ("A12p", "1.5p") are left alone, and so is a
// "p" that starts a word ("5pm", "3pp").

import type { Found } from './suggestion';
import { WORD_CLASS } from './text-spans';

const PENCE = new RegExp(String.raw`(?<![${WORD_CLASS}.,£$€])(\d{1,3}(?:\.\d+)?)p(?![${WORD_CLASS}])`, 'g');

export function findPence(text: string): Found[] {
  const found: Found[] = [];
  PENCE.lastIndex = 0;
  for (let m = PENCE.exec(text); m; m = PENCE.exec(text)) {
    const pence = Number(m[1]);
    if (!(pence > 0)) continue;
    found.push({
      kind: 'figure',
      start: m.index,
      end: m.index + m[0].length,
      value: Math.round(pence) === pence ? pence / 100 : Number((pence / 100).toFixed(4)),
      unit: 'GBP',
      confidence: 0.7,
    });
  }
  return found;
}
