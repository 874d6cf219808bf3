// The few lines a result shows: a window of the passage around its first marked word, cut at word
// boundaries, as parts that are marked or not, with their stored offsets for opening the reader there.
import type { MarkRange } from './mark-terms';

export type SnippetPart = { text: string; marked: boolean };
export type Snippet = {
  start: number;
  end: number;
  parts: SnippetPart[];
  cutStart: boolean;
  cutEnd: boolean;
};

export const SNIPPET_LENGTH = 280;

function wordEdge(text: string, at: number, min: number, max: number, forward: boolean): number {
  let i = at;
  if (forward) while (i < max && !/\s/.test(text[i] as string)) i += 1;
  else while (i > min && !/\s/.test(text[i - 1] as string)) i -= 1;
  return i;
}

/** The snippet of text[start, end) around its marks (offsets into text, inside the span). */
export function makeSnippet(
  text: string,
  span: { start: number; end: number },
  marks: MarkRange[],
  maxLength = SNIPPET_LENGTH,
): Snippet {
  let from = span.start;
  let to = span.end;
  if (to - from > maxLength) {
    const first = marks[0]?.start ?? span.start;
    from = Math.max(span.start, first - Math.floor(maxLength / 3));
    to = Math.min(span.end, from + maxLength);
    from = Math.max(span.start, Math.min(from, to - maxLength));
    if (from > span.start) from = wordEdge(text, from, span.start, first, true);
    if (to < span.end) to = wordEdge(text, to, from, span.end, false) || to;
    if (to <= from) to = Math.min(span.end, from + maxLength);
    while (from < to && /\s/.test(text[from] as string)) from += 1;
    while (to > from && /\s/.test(text[to - 1] as string)) to -= 1;
  }
  const parts: SnippetPart[] = [];
  let at = from;
  for (const m of marks) {
    const s = Math.max(m.start, from);
    const e = Math.min(m.end, to);
    if (e <= s) continue;
    if (s > at) parts.push({ text: text.slice(at, s), marked: false });
    parts.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < to) parts.push({ text: text.slice(at, to), marked: false });
  return { start: from, end: to, parts, cutStart: from > span.start, cutEnd: to < span.end };
}
