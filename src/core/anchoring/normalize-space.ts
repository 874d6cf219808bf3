// Whitespace that does not change what a passage says: a re-wrapped line, a doubled space, a no-break space
// or a tab. The anchoring compares texts with every run of such characters folded to one plain space, and
// keeps a map from each folded offset back to the original text, so a range found in the folded text can be
// returned in the original one.

const SPACE_RUN = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/gu;

export type FoldedText = {
  /** The text with each run of whitespace replaced by a single space. */
  text: string;
  /** For each offset of `text`, the offset in the original text where that character came from. */
  origin: number[];
};

export function foldSpace(original: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  let last = 0;
  for (const run of original.matchAll(SPACE_RUN)) {
    const at = run.index;
    for (let i = last; i < at; i++) origin.push(i);
    text += original.slice(last, at) + ' ';
    origin.push(at);
    last = at + run[0].length;
  }
  for (let i = last; i < original.length; i++) origin.push(i);
  text += original.slice(last);
  return { text, origin };
}

/** The folded form of a short string (a quote, a prefix), without its map. */
export function foldSpaceOnly(value: string): string {
  return value.replace(SPACE_RUN, ' ');
}

/** The original range of the folded range [start, end): a folded space covers its whole run. */
export function unfoldRange(
  folded: FoldedText,
  originalLength: number,
  start: number,
  end: number,
): { start: number; end: number } {
  const from = start < folded.origin.length ? (folded.origin[start] as number) : originalLength;
  if (end <= start) return { start: from, end: from };
  const to = end < folded.origin.length ? (folded.origin[end] as number) : originalLength;
  return { start: from, end: to };
}

/** Whether a character (one UTF-16 unit) is whitespace that folding would merge. */
export function isSpace(char: string | undefined): boolean {
  return char !== undefined && foldSpaceOnly(char) === ' ';
}
