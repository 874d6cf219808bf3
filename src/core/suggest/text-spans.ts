// Small helpers over raw text and offset spans that the finders share: is a character part of a word,
// which stretches are URLs or e-mail addresses (never figures or dates), and a sorted span set that
// answers "does this range touch a claimed span?" without rescanning.

export type Span = { start: number; end: number };

/** Letters (Latin, Greek, Cyrillic) and digits as a regex class body. Hot patterns use it instead of
 * \p{L}\p{N}, because the `u` flag (needed for \p) makes V8's case-insensitive matching several times slower. */
export const WORD_CLASS = String.raw`A-Za-z0-9\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF`;

const WORD_CHAR = /[\p{L}\p{N}]/u;

export function isWordChar(text: string, index: number): boolean {
  const c = text[index];
  return c !== undefined && WORD_CHAR.test(c);
}

const LETTER = /\p{L}/u;

export function isLetter(text: string, index: number): boolean {
  const c = text[index];
  return c !== undefined && LETTER.test(c);
}

// A run of non-space characters that starts like a web address; e-mail addresses are found from their @
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+/g;
const EMAIL_LOCAL = /[\w.+-]+$/;
const EMAIL_DOMAIN = /^[\w-]+(?:\.[\w-]+)+/;

export function findUrlSpans(text: string): Span[] {
  const spans: Span[] = [];
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m; m = URL.exec(text))
    spans.push({ start: m.index, end: m.index + m[0].length });
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const local = EMAIL_LOCAL.exec(text.slice(Math.max(0, at - 64), at));
    const domain = EMAIL_DOMAIN.exec(text.slice(at + 1, at + 256));
    if (local && domain) spans.push({ start: at - local[0].length, end: at + 1 + domain[0].length });
  }
  return spans;
}

/** Spans sorted by start with a running maximum of their ends, so "does this range touch any span?" is one
 * binary search however the spans nest. */
export class SpanSet {
  private readonly starts: number[] = [];
  private readonly maxEnds: number[] = [];

  constructor(spans: Span[]) {
    let maxEnd = -1;
    for (const span of [...spans].sort((a, b) => a.start - b.start)) {
      maxEnd = Math.max(maxEnd, span.end);
      this.starts.push(span.start);
      this.maxEnds.push(maxEnd);
    }
  }

  overlaps(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (this.maxEnds[lo - 1] as number) > start;
  }
}

/** The word (letters, apostrophes, hyphens) that ends right before `index`, skipping spaces. */
export function wordBefore(text: string, index: number): string {
  let end = index;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
  let start = end;
  while (start > 0 && end - start < 40 && WORD_PART.test(text[start - 1] as string)) start--;
  return text.slice(start, end);
}

const WORD_PART = /[\p{L}’'.-]/u;

/** The word that starts right after `index`, skipping spaces. */
export function wordAfter(text: string, index: number): string {
  let start = index;
  while (start < text.length && (text[start] === ' ' || text[start] === '\u00a0')) start++;
  let end = start;
  while (end < text.length && /[\p{L}’'-]/u.test(text[end] as string)) end++;
  return text.slice(start, end);
}
