// How well the text around a candidate matches a quote's stored prefix and suffix. The prefix is matched
// approximately against the text ending anywhere in a window before the candidate (twice its length plus
// some slack), not only against an equal-length slice: when words were inserted or deleted between the
// context and the quote, the context is still found, a little further off, and still tells a repeated
// quote's occurrences apart. Distance is not free, though: each character between the context and the
// candidate costs half an edit, so context found far off supports a candidate less than context beside it.
import { alignLastRow } from './edit-distance';
import { foldSpaceOnly } from './normalize-space';

const SLACK = 16;
const GAP_COST = 0.5;

/** 1 when the prefix occurs (whitespace aside) just before `start`, falling towards 0 as it differs. */
export function scorePrefix(text: string, start: number, prefix: string): number {
  const wanted = foldSpaceOnly(prefix);
  if (wanted.length === 0) return 1;
  const window = foldSpaceOnly(text.slice(Math.max(0, start - 2 * prefix.length - SLACK), start));
  return scoreBefore(window, wanted);
}

/** 1 when the suffix occurs (whitespace aside) just after `end`, falling towards 0 as it differs. */
export function scoreSuffix(text: string, end: number, suffix: string): number {
  const wanted = foldSpaceOnly(suffix);
  if (wanted.length === 0) return 1;
  const window = foldSpaceOnly(text.slice(end, end + 2 * suffix.length + SLACK));
  return scoreBefore(reverse(window), reverse(wanted));
}

/**
 * The best cost of `wanted` ending anywhere in `window` (edits, plus half an edit per character between its
 * end and the window's end), as a score from 0 to 1. A semi-global alignment: the match may start anywhere.
 */
function scoreBefore(window: string, wanted: string): number {
  const column = alignLastRow(wanted, window, true);
  let best = wanted.length;
  column.forEach((errors, j) => {
    best = Math.min(best, errors + GAP_COST * (window.length - j));
  });
  return 1 - Math.min(1, best / wanted.length);
}

function reverse(value: string): string {
  return Array.from(value).reverse().join('');
}
