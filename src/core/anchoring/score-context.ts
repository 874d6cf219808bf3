// How well the text around a candidate matches a quote's stored prefix and suffix. Context is searched for
// approximately anywhere in a window beside the candidate (twice its length plus some slack), not compared
// with an equal-length slice: when words were inserted or deleted between the context and the quote, the
// context is still found, a little further off, and still tells a repeated quote's occurrences apart.
import search from 'approx-string-match';
import { foldSpaceOnly } from './normalize-space';

const SLACK = 16;

/** 1 when the prefix occurs (whitespace aside) just before `start`, falling towards 0 as it differs. */
export function scorePrefix(text: string, start: number, prefix: string): number {
  const wanted = foldSpaceOnly(prefix);
  if (wanted.length === 0) return 1;
  const window = foldSpaceOnly(text.slice(Math.max(0, start - 2 * prefix.length - SLACK), start));
  return scoreIn(window, wanted);
}

/** 1 when the suffix occurs (whitespace aside) just after `end`, falling towards 0 as it differs. */
export function scoreSuffix(text: string, end: number, suffix: string): number {
  const wanted = foldSpaceOnly(suffix);
  if (wanted.length === 0) return 1;
  const window = foldSpaceOnly(text.slice(end, end + 2 * suffix.length + SLACK));
  return scoreIn(window, wanted);
}

function scoreIn(window: string, wanted: string): number {
  if (window.length === 0) return 0;
  const matches = search(window, wanted, wanted.length);
  const errors = Math.min(wanted.length, ...matches.map((m) => m.errors));
  return 1 - errors / wanted.length;
}
