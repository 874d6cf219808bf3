// Splits text into sentences by offsets, in one pass: a line break ends one (headings, list items and page
// furniture sit on their own lines) unless the next line goes on in lower case, and so does . ! or ? (with any closing quotes or brackets)
// before a space and a character that is not lower case, unless the word before is a known abbreviation.

import type { Span } from './text-spans';

// a line break followed by a lower-case letter is a wrapped line, not the end of a sentence
const BOUNDARY =
  /\n(?![ \t\u00a0]*\p{Ll})|[.!?]+[”"’')\]]*(?=[ \t\u00a0]+[^\s\p{Ll}]|[ \t\u00a0]*(?:\n|$))/gu;
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Cllr|Rt|Hon|hon|Rev|Sr|Jr|Co|Ltd|Inc|vs|cf|e\.g|i\.e|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z])$/;

export function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (
      m[0] !== '\n' &&
      m[0][0] === '.' &&
      ABBREVIATION.test(text.slice(Math.max(start, m.index - 8), m.index))
    ) {
      continue;
    }
    pushTrimmed(text, start, m[0] === '\n' ? m.index : end, sentences);
    start = end;
  }
  pushTrimmed(text, start, text.length, sentences);
  return sentences;
}

function pushTrimmed(text: string, start: number, end: number, into: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e > s) into.push({ start: s, end: e });
}
