// Where the searched words are in a stretch of text, to mark them: words the index matched (as typed, by
// prefix or despite a typo, as the index reports them) and exact phrases. A phrase matches its words in
// order with only white space between them; this is also how a quoted phrase is verified against the real
// text, since the index knows words, not their order.
import { tokenize, type Token } from './fold-text';

export type MarkRange = { start: number; end: number };

function phraseAt(tokens: Token[], i: number, phrase: string[], text: string): MarkRange | null {
  for (let k = 0; k < phrase.length; k += 1) {
    const token = tokens[i + k];
    if (!token || token.term !== phrase[k]) return null;
    if (k > 0 && !/^\s+$/.test(text.slice((tokens[i + k - 1] as Token).end, token.start))) return null;
  }
  return { start: (tokens[i] as Token).start, end: (tokens[i + phrase.length - 1] as Token).end };
}

/** Occurrences of an exact phrase in text[start, end), as offsets into text. */
export function findPhrase(text: string, phrase: string[], start = 0, end = text.length): MarkRange[] {
  const slice = text.slice(start, end);
  const tokens = tokenize(slice);
  const found: MarkRange[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const range = phraseAt(tokens, i, phrase, slice);
    if (range) found.push({ start: range.start + start, end: range.end + start });
  }
  return found;
}

/** Every word in `terms` and every phrase, in text[start, end), in order and without overlaps. */
export function markTerms(
  text: string,
  terms: ReadonlySet<string>,
  phrases: string[][],
  start = 0,
  end = text.length,
): MarkRange[] {
  const slice = text.slice(start, end);
  const tokens = tokenize(slice);
  const marks: MarkRange[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (terms.has(token.term)) marks.push({ start: token.start, end: token.end });
    for (const phrase of phrases) {
      const range = phraseAt(tokens, i, phrase, slice);
      if (range) marks.push(range);
    }
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: MarkRange[] = [];
  for (const m of marks) {
    const last = merged[merged.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else merged.push({ ...m });
  }
  return merged.map((m) => ({ start: m.start + start, end: m.end + start }));
}
