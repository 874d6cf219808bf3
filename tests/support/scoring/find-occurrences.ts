// Where a labelled string occurs in its document. An occurrence glued to a neighbouring letter or digit
// does not count (LABELING.md, rule 1): "7%" is not found in "77%", "two" not in "network". The check only
// applies at an end of the string that is itself a letter or digit, so "£3m" still occurs in "x£3m".

export type Span = { start: number; end: number };

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** Every occurrence of `needle` in `text` that stands free of the letters and digits around it. */
export function findOccurrences(text: string, needle: string): Span[] {
  if (needle === '') return [];
  const gluedBefore = isWordChar(needle[0]);
  const gluedAfter = isWordChar(needle[needle.length - 1]);
  const spans: Span[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (gluedBefore && isWordChar(text[at - 1])) continue;
    if (gluedAfter && isWordChar(text[end])) continue;
    spans.push({ start: at, end });
  }
  return spans;
}
