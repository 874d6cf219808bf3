// Finds a claim's passage again in a source's text. In order: the stored position when the text there is
// still the quote; else the best exact occurrence of the quote, judged by how well its surroundings match
// the stored prefix and suffix and how near it is to the old position; else the best approximate match
// (edit distance within a quarter of the quote), scored on quote, prefix, suffix and nearness. When
// nothing is close enough the claim is an orphan (null): listed for the researcher, never dropped.

import { editDistance, findApproximateMatches } from './approximate-match';
import type { TextPositionSelector, TextQuoteSelector } from '../model/records';

export type AnchoredRange = { start: number; end: number };

/** Quotes longer than this are only searched approximately near their old position, to bound the cost. */
export const MAX_FULL_SCAN_QUOTE_LENGTH = 512;
/** How far around the old position an approximate search looks first (plus the quote's length). */
const NEAR_WINDOW = 2_000;

// Weights: the quote itself matters most; context tells apart repeats; nearness breaks remaining ties.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const NEARNESS_WEIGHT = 2;

export function anchorTarget(
  text: string,
  selectors: readonly (TextQuoteSelector | TextPositionSelector)[],
): AnchoredRange | null {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const positionFits =
    position !== undefined &&
    0 <= position.start &&
    position.start <= position.end &&
    position.end <= text.length;
  if (!quote || quote.exact === '')
    return positionFits && position ? { start: position.start, end: position.end } : null;
  if (positionFits && position && text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end };
  }
  const expected = position?.start ?? null;
  return findExactOccurrence(text, quote, expected) ?? findApproximateOccurrence(text, quote, expected);
}

function findExactOccurrence(
  text: string,
  quote: TextQuoteSelector,
  expected: number | null,
): AnchoredRange | null {
  let best: { range: AnchoredRange; score: number } | null = null;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const range = { start: at, end: at + quote.exact.length };
    const score = scoreCandidate(text, quote, range, 0, expected);
    if (!best || score > best.score) best = { range, score };
  }
  return best?.range ?? null;
}

function findApproximateOccurrence(
  text: string,
  quote: TextQuoteSelector,
  expected: number | null,
): AnchoredRange | null {
  const length = quote.exact.length;
  const maxErrors = Math.floor(length / 4);
  if (maxErrors === 0) return null;
  // Search near the old position first: cheap for any quote, and where an edited passage usually is.
  if (expected !== null) {
    const from = Math.max(0, expected - length - NEAR_WINDOW);
    const to = Math.min(text.length, expected + 2 * length + NEAR_WINDOW);
    const near = bestApproximate(text, quote, expected, from, to, maxErrors);
    if (near) return near;
  }
  if (length > MAX_FULL_SCAN_QUOTE_LENGTH) return null;
  return bestApproximate(text, quote, expected, 0, text.length, maxErrors);
}

function bestApproximate(
  text: string,
  quote: TextQuoteSelector,
  expected: number | null,
  from: number,
  to: number,
  maxErrors: number,
): AnchoredRange | null {
  let best: { range: AnchoredRange; score: number } | null = null;
  for (const match of findApproximateMatches(text.slice(from, to), quote.exact, maxErrors)) {
    const range = { start: from + match.start, end: from + match.end };
    const score = scoreCandidate(text, quote, range, match.errors, expected);
    if (!best || score > best.score) best = { range, score };
  }
  return best?.range ?? null;
}

/** Higher is better: quote similarity, prefix and suffix similarity, and nearness to the old position. */
function scoreCandidate(
  text: string,
  quote: TextQuoteSelector,
  range: AnchoredRange,
  quoteErrors: number,
  expected: number | null,
): number {
  const quoteScore = 1 - quoteErrors / Math.max(1, quote.exact.length);
  const prefix = text.slice(Math.max(0, range.start - quote.prefix.length), range.start);
  const suffix = text.slice(range.end, range.end + quote.suffix.length);
  const nearness =
    expected === null ? 0 : 1 - Math.min(1, Math.abs(range.start - expected) / Math.max(1, text.length));
  return (
    QUOTE_WEIGHT * quoteScore +
    CONTEXT_WEIGHT * similarity(quote.prefix, prefix) +
    CONTEXT_WEIGHT * similarity(quote.suffix, suffix) +
    NEARNESS_WEIGHT * nearness
  );
}

function similarity(stored: string, found: string): number {
  if (stored.length === 0) return 1;
  return 1 - Math.min(1, editDistance(stored, found) / stored.length);
}
