// Scans a stretch of text for its words and hands each one's hash (FNV-1a over its lower-cased UTF-16
// code units, the same as hashString of the lower-cased word) to a sink, without building a string per
// word: the stance detector reads every clause of a text, and this is most of what it does. A word is a
// run of letters and digits, with an apostrophe inside it kept ("don’t"); ? ! £ $ % count as words of
// their own, since a question or a sum says something of a clause.

/** `capitalised`: the word starts with a capital; `negative`: it ends in "n’t" or "n't". */
export type WordSink = (hash: number, capitalised: boolean, negative: boolean) => void;

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const SYMBOL = new Set(['?', '!', '£', '$', '%'].map((c) => c.charCodeAt(0)));

function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  // surrogate pairs and other non-ASCII letters: rare enough to test by property
  return LETTER_OR_DIGIT.test(text[i] as string);
}

export function scanWords(text: string, start: number, end: number, sink: WordSink): void {
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (SYMBOL.has(code)) {
      sink(Math.imul(OFFSET ^ code, PRIME) >>> 0, false, false);
      i++;
      continue;
    }
    if (!isWordChar(code, text, i)) {
      i++;
      continue;
    }
    const capitalised = code < 128 ? code >= 65 && code <= 90 : UPPER.test(text[i] as string);
    let h = OFFSET;
    let last = 0;
    let apostropheAt = -1;
    for (; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c === 0x2019 || c === 0x27) {
        // an apostrophe joins only when a letter follows ("don’t", "council’s")
        const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
        if (apostropheAt >= 0 || !isWordChar(next, text, i + 1)) break;
        apostropheAt = i;
      } else if (!isWordChar(c, text, i)) break;
      else if (c >= 65 && c <= 90) c += 32;
      else if (c >= 128) c = (text[i] as string).toLowerCase().charCodeAt(0);
      h = Math.imul(h ^ c, PRIME);
      last = c;
    }
    // "n’t": an apostrophe right before a final t, after an n
    const negative = apostropheAt === i - 2 && last === 116 && lowerAt(text, apostropheAt - 1) === 110;
    sink(h >>> 0, capitalised, negative);
  }
}

function lowerAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90 ? c + 32 : c;
}
