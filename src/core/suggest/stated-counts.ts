// Counts stated as the value of "the number of <things>": "The number of households in temporary
// accommodation was 96,060", "Number of councils reporting an overspend: 29". The number comes after
// its noun here, so the head-noun search of counts.ts cannot see it.

import { NOT_COUNT_HEADS } from './count-words';
import { countFound } from './counts';
import { parseDigits } from './number-words';
import type { Found } from './suggestion';
import { WORD_CLASS } from './text-spans';

const S = String.raw`[ \u00a0]`;
const HEDGE = String.raw`(?:(?:about|around|approximately|nearly|almost|over|under|more${S}+than|fewer${S}+than|some|just${S}+(?:over|under))${S}+)?`;
const STATED = new RegExp(
  String.raw`\b(?:total${S}+)?number${S}+of${S}+([a-z][a-z-]*)\b[^.:;\n]{0,80}?(?::|${S}(?:was|is|were|are|stood${S}+at|stands${S}+at|reached|rose${S}+to|fell${S}+to|totalled|totals|increased${S}+to|decreased${S}+to))${S}*${HEDGE}(\d{1,3}(?:,\d{3})+|\d+)(?![${WORD_CLASS}%]|[.,/:-]\d|${S}?(?:per${S}?cent|percent|million|billion|bn|m\b|k\b))`,
  'gi',
);

export function findStatedCounts(text: string): Found[] {
  const found: Found[] = [];
  STATED.lastIndex = 0;
  for (let m = STATED.exec(text); m; m = STATED.exec(text)) {
    const noun = (m[1] as string).toLowerCase();
    const digits = m[2] as string;
    // "the number of years ... was 5" is a duration; a four-digit year or a leading zero is not a count
    if (NOT_COUNT_HEADS.has(noun) || /^(?:1[89]|20)\d\d$/.test(digits) || /^0\d/.test(digits)) continue;
    const value = parseDigits(digits);
    if (!(value >= 2)) continue;
    const end = m.index + m[0].length;
    const start = end - digits.length;
    found.push(countFound(text, start, end, value, 0.7));
  }
  return found;
}
