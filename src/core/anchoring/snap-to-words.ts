// An approximate match found by edit distance can start or end anywhere: inside a word, on the space before
// the passage, or between the two halves of a surrogate pair. A researcher's quote began and ended on whole
// words (or did not), so a fuzzy match is moved onto the word boundaries of the best span: a cut word is
// taken whole or left out, whichever is closer to the quote; a leading or trailing space the quote lacks is
// dropped, and so is punctuation before or after a quote that begins or ends with a letter; and a range never starts or ends inside a surrogate pair.
import { editDistance } from './edit-distance';
import { foldSpaceOnly, isSpace } from './normalize-space';

export type Span = { start: number; end: number };

const WORD = /[\p{L}\p{N}\p{M}_'’-]/u;

/** Whether the code point ending just before `at` and the one starting at `at` are both word characters. */
function insideWord(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  return WORD.test(codePointBefore(text, at)) && WORD.test(codePointFrom(text, at));
}

function codePointFrom(text: string, at: number): string {
  return String.fromCodePoint(text.codePointAt(at) ?? 0);
}

function codePointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  const isPair = at >= 2 && low >= 0xdc00 && low <= 0xdfff && isHigh(text.charCodeAt(at - 2));
  return isPair ? text.slice(at - 2, at) : text.slice(at - 1, at);
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function wordStartBefore(text: string, at: number): number {
  let i = at;
  while (insideWord(text, i)) i -= codePointBefore(text, i).length;
  return i;
}

function wordEndAfter(text: string, at: number): number {
  let i = at;
  while (insideWord(text, i)) i += codePointFrom(text, i).length;
  return i;
}

/** Moves `at` off the middle of a surrogate pair (outwards, so the whole character is kept). */
export function keepSurrogatesWhole(text: string, span: Span): Span {
  let { start, end } = span;
  if (start > 0 && start < text.length && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1)))
    start -= 1;
  if (end > 0 && end < text.length && isHigh(text.charCodeAt(end - 1)) && isLow(text.charCodeAt(end)))
    end += 1;
  return { start, end };
}

/**
 * The span moved onto word boundaries where the quote itself had them: `startsOnWord` when the quote began
 * at the start of a word (not in the middle of one), `endsOnWord` likewise for its end.
 */
export function snapToWords(
  text: string,
  span: Span,
  quote: string,
  bounds: { startsOnWord: boolean; endsOnWord: boolean },
): Span {
  let { start, end } = keepSurrogatesWhole(text, span);
  // Space (or, before a quote that starts with a letter, punctuation) the quote lacks is not kept.
  const opensWithWord = WORD.test(codePointFrom(quote, 0));
  const closesWithWord = WORD.test(codePointBefore(quote, quote.length));
  while (
    start < end &&
    (isSpace(text[start]) ? !isSpace(quote[0]) : opensWithWord && !WORD.test(codePointFrom(text, start)))
  )
    start += codePointFrom(text, start).length;
  while (
    end > start &&
    (isSpace(text[end - 1])
      ? !isSpace(quote[quote.length - 1])
      : closesWithWord && !WORD.test(codePointBefore(text, end)))
  )
    end -= codePointBefore(text, end).length;
  const distance = (s: number, e: number) =>
    editDistance(foldSpaceOnly(text.slice(s, e)), foldSpaceOnly(quote));
  if (bounds.startsOnWord && insideWord(text, start)) {
    const whole = wordStartBefore(text, start);
    let next = wordEndAfter(text, start);
    while (next < end && isSpace(text[next])) next += 1;
    // On a tie the whole word is kept: cutting a word is never what the researcher selected.
    start = next < end && distance(next, end) < distance(whole, end) ? next : whole;
  }
  if (bounds.endsOnWord && insideWord(text, end)) {
    const whole = wordEndAfter(text, end);
    let previous = wordStartBefore(text, end);
    while (previous > start && isSpace(text[previous - 1])) previous -= 1;
    end = previous > start && distance(start, previous) < distance(start, whole) ? previous : whole;
  }
  return { start, end };
}
