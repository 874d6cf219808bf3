// The shape of a line or sentence, read before its words: a line on its own, a title in title case, a
// heading in sentence case, and whether a sentence leaves a quotation open. Headings name or divide a text;
// they do not state a view.

import type { Span } from './text-spans';

/** A word of more than three letters, captured when it is capitalised. */
const TITLE_WORD = /(?<![\p{L}\p{N}])(?:(\p{Lu})|\p{Ll})\p{L}{3,}/gu;
/** A line this short, on its own and without closing punctuation, is a heading. */
const MAX_HEADING_WORDS = 14;

export function isTitle(line: string): boolean {
  if (/[.!?”"’]$/u.test(line)) return false;
  let words = 0;
  let capitalised = 0;
  for (const m of line.matchAll(TITLE_WORD)) {
    words++;
    if (m[1]) capitalised++;
  }
  return words >= 3 && capitalised / words > 0.6;
}

// a headline that reports a view carries its attribution after a comma or in quotation marks
// ("Schools need £1bn, unions warn"); a heading does not
export function isSentenceHeading(line: string): boolean {
  if (/[.!?:;,”"’)]$|[,“”"]/u.test(line) || /^[-•*–·]|^\(?[0-9a-z]{1,3}[.)]\s/u.test(line)) return false;
  return line.split(/\s+/u).length <= MAX_HEADING_WORDS;
}

export function isOwnLine(text: string, span: Span): boolean {
  return (
    (span.start === 0 || text[span.start - 1] === '\n') &&
    (span.end === text.length || text[span.end] === '\n')
  );
}

// curly quotes say which way they go; a line break closes any quote left open by bad punctuation
export function quoteOpenAfter(sentence: string, open: boolean): boolean {
  const opening = sentence.lastIndexOf('“');
  const closing = sentence.lastIndexOf('”');
  if (opening < 0 && closing < 0) return open;
  return opening > closing;
}
