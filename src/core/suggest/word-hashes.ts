// Scans a stretch of text for its words and hands each one's hash (FNV-1a over its lower-cased UTF-16
// code units, the same as hashString of the lower-cased word) to a sink, without building a string per
// word: the stance detector reads every clause of a text, and this is most of what it does. A word is a
// run of letters and digits, with an apostrophe inside it kept ("don’t"); ? ! £ $ % count as words of
// their own, since a question or a sum says something of a clause.
import { FNV_OFFSET, FNV_PRIME } from '../text/fnv1a';

/** `capitalised`: the word starts with a capital; `negative`: it ends in "n’t" or "n't". */
export type WordSink = (hash: number, capitalised: boolean, negative: boolean) => void;

const OFFSET = FNV_OFFSET;
const PRIME = FNV_PRIME;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const POUND = 0xa3;

// ASCII characters by class, so the common case is one array read: 1 lower-case letter or digit, 2
// capital, 3 a sign that is a word of its own
const OTHER = 0;
const LOWER = 1;
const CAPITAL = 2;
const SIGN = 3;
const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = LOWER;
for (let c = 97; c <= 122; c++) ASCII[c] = LOWER;
for (let c = 65; c <= 90; c++) ASCII[c] = CAPITAL;
for (const c of '?!$%') ASCII[c.charCodeAt(0)] = SIGN;

function classAt(text: string, i: number, code: number): number {
  if (code < 128) return ASCII[code] as number;
  if (code === POUND) return SIGN;
  // other letters (accented, Greek ...): rare enough to test by property; a lone surrogate is no letter
  const ch = text[i] as string;
  return LETTER_OR_DIGIT.test(ch) ? (UPPER.test(ch) ? CAPITAL : LOWER) : OTHER;
}

export function scanWords(text: string, start: number, end: number, sink: WordSink): void {
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const first = classAt(text, i, code);
    if (first === SIGN) sink(Math.imul(OFFSET ^ code, PRIME) >>> 0, false, false);
    if (first === OTHER || first === SIGN) {
      i++;
      continue;
    }
    let h = OFFSET;
    let last = 0;
    let apostropheAt = -1;
    for (; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c === 0x2019 || c === 0x27) {
        // an apostrophe joins only when a letter follows ("don’t", "council’s")
        const next = i + 1 < end ? classAt(text, i + 1, text.charCodeAt(i + 1)) : OTHER;
        if (apostropheAt >= 0 || next === OTHER || next === SIGN) break;
        apostropheAt = i;
      } else {
        const kind = classAt(text, i, c);
        if (kind === OTHER || kind === SIGN) break;
        if (kind === CAPITAL) c = c < 128 ? c + 32 : (text[i] as string).toLowerCase().charCodeAt(0);
      }
      h = Math.imul(h ^ c, PRIME);
      last = c;
    }
    // "n’t": an apostrophe right before a final t, after an n
    const negative =
      apostropheAt === i - 2 && last === 116 && (text.charCodeAt(apostropheAt - 1) | 32) === 110;
    sink(h >>> 0, first === CAPITAL, negative);
  }
}
