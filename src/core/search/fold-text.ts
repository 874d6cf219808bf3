// Case and accent folding that keeps every UTF-16 code unit in place: the folded text has the same length
// as the original, so an offset found in the folded text is the same offset in the stored text. Search,
// its term marking and "Find in document" all compare folded text, so "Resume" finds "résumé".

const cache = new Map<string, string>();

function foldUnit(unit: string): string {
  let folded = cache.get(unit);
  if (folded === undefined) {
    const lower = unit.normalize('NFD').charAt(0).toLowerCase();
    folded = lower.length === 1 ? lower : unit;
    cache.set(unit, folded);
  }
  return folded;
}

/** The text lower-cased and stripped of accents, one code unit for one code unit. */
export function foldText(text: string): string {
  // Plain ASCII (most English text) folds by lower-casing alone, which keeps its length.
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // ASCII is the common case: fold it without a lookup.
    if (code < 128) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    else out += foldUnit(text[i] as string);
  }
  return out;
}

/** A word of the index: letters and digits, as folded. */
export const WORD_PATTERN = /[\p{L}\p{N}]+/gu;

export type Token = { term: string; start: number; end: number };

/** The words of a text with their offsets in it, folded. */
export function tokenize(text: string): Token[] {
  const folded = foldText(text);
  const tokens: Token[] = [];
  for (const match of folded.matchAll(WORD_PATTERN)) {
    tokens.push({ term: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Just the folded words, for the index. */
export function splitTerms(text: string): string[] {
  return foldText(text).match(WORD_PATTERN) ?? [];
}
