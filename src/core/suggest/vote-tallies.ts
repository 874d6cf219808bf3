// The two sides of a vote ("by six votes to five", "a bipartisan 11 to 7 majority"): each number is a count
// of votes, though only the first may stand before a noun. The word that makes it a vote ("votes",
// "majority", "margin") is found first (rare), then the numbers before it, so " to " is never scanned for.

import { countFound } from './counts';
import { NUMBER_WORDS_SOURCE, parseCount } from './number-words';
import type { Found } from './suggestion';

const VOTE_WORD = /\b(?:votes?|majority|margin)\b/g;
const REACH = 48;
const NUM = String.raw`(\d{1,3}|${NUMBER_WORDS_SOURCE})`;
const S = String.raw`[ \u00a0]`;
/** "six votes to five": the word comes between the numbers. */
const VOTES_TO = new RegExp(String.raw`(?<![\p{L}\p{N}.,])${NUM}${S}$`, 'iu');
const TO_AFTER = new RegExp(String.raw`^${S}to${S}${NUM}(?![\p{L}\p{N}]|[.,]\d)`, 'iu');
/** "11 to 7 majority": both numbers come before it. */
const TALLY_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}.,£$€])${NUM}${S}to${S}${NUM}${S}$`, 'iu');

export function findVoteTallies(text: string): Found[] {
  const found: Found[] = [];
  const add = (start: number, word: string) => {
    const value = parseCount(word);
    if (value >= 1) found.push(countFound(text, start, start + word.length, value, 0.7));
  };
  VOTE_WORD.lastIndex = 0;
  for (let m = VOTE_WORD.exec(text); m; m = VOTE_WORD.exec(text)) {
    const from = Math.max(0, m.index - REACH);
    const before = text.slice(from, m.index);
    const end = m.index + m[0].length;
    if (m[0].startsWith('vote')) {
      const first = VOTES_TO.exec(before);
      const second = first && TO_AFTER.exec(text.slice(end, end + REACH));
      if (!first || !second) continue;
      add(from + first.index, first[1] as string);
      add(end + second[0].length - (second[1] as string).length, second[1] as string);
      continue;
    }
    const tally = TALLY_BEFORE.exec(before);
    if (!tally) continue;
    const start = from + tally.index;
    add(start, tally[1] as string);
    add(start + tally[0].length - 1 - (tally[2] as string).length, tally[2] as string);
  }
  return found;
}
