// Counts whose noun is left out or comes with its verb: "598 gardaí are assigned to ..., of which 251 were
// assigned to ...", "33 newly attested officers have been posted". A number that is the subject of a passive
// verb of being counts things that were done to; counts.ts misses it when the noun is missing or is a
// plural it does not know. Years, durations, measures and labelled numbers are left alone.

import { countFound } from './counts';
import { LABEL_WORDS, NOT_COUNT_HEADS } from './count-words';
import { parseDigits } from './number-words';
import type { Found } from './suggestion';
import { wordBefore } from './text-spans';

const S = String.raw`[ \u00a0]+`;
const PASSIVE_COUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/:£$€#-])(\d{1,3}(?:,\d{3})+|[1-9]\d*)(?:${S}(?:newly${S}|additional${S}|more${S}|extra${S})?(?:[\p{Ll}-]+${S})?([\p{Ll}’'-]+))??${S}(?:were|are|have${S}been|had${S}been)${S}(?:\p{Ll}+ly${S})?\p{Ll}+ed\b`,
  'gu',
);

export function findParticipleCounts(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(PASSIVE_COUNT)) {
    const digits = m[1] as string;
    const value = parseDigits(digits);
    if (!(value >= 2) || /^(?:1[89]|20)\d\d$/u.test(digits)) continue;
    if (m[2] && NOT_COUNT_HEADS.has(m[2])) continue;
    if (LABEL_WORDS.has(wordBefore(text, m.index).toLowerCase().replace(/\.$/u, ''))) continue;
    found.push(countFound(text, m.index, m.index + digits.length, value, 0.55));
  }
  return found;
}
