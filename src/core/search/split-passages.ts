// What search returns from a source's text: passages, each a paragraph (text between line breaks) with
// its stored offsets, and a long paragraph cut at sentence ends into pieces of a readable size, so a
// result shows the sentence or paragraph where the words are rather than the whole document.

export type PassageSpan = { start: number; end: number };

/** A paragraph longer than this is cut at sentence ends into pieces of about this many characters. */
export const MAX_PASSAGE = 600;

const SENTENCE_END = /[.!?…]["'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\p{N}])/gu;

function cutLong(text: string, start: number, end: number, out: PassageSpan[]): void {
  let from = start;
  const paragraph = text.slice(start, end);
  let last = start;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const cut = start + match.index + match[0].length;
    if (cut - from > MAX_PASSAGE && last > from) {
      out.push({ start: from, end: trimEnd(text, from, last) });
      from = last;
    }
    last = cut;
  }
  if (end - from > MAX_PASSAGE && last > from && last < end) {
    out.push({ start: from, end: trimEnd(text, from, last) });
    from = last;
  }
  out.push({ start: from, end });
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] as string)) e -= 1;
  return e;
}

/** The passages of a text, in order, each trimmed of surrounding white space and never empty. */
export function splitPassages(text: string): PassageSpan[] {
  const out: PassageSpan[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = match.index + lead;
    const end = start + trimmed.length;
    if (end - start > MAX_PASSAGE) cutLong(text, start, end, out);
    else out.push({ start, end });
  }
  return out;
}
