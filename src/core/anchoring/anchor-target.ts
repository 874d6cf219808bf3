// Finds a claim's passage again in a source's text. In order: the stored position when the text there is
// still the quote; else the best exact occurrence of the quote, whitespace aside (a re-wrapped line, a
// doubled or no-break space never orphans a quote), judged by how well its surroundings match the stored
// prefix and suffix and how near it is to the old position; else the best approximate match, found with
// approx-string-match (Myers' algorithm, the library Hypothesis uses) within an error limit, moved onto word
// boundaries, checked against the limit again, kept only when its context supports it, and scored on quote,
// context and nearness. When nothing is
// close enough the claim is an orphan (null): listed for the researcher, never dropped.
import search from 'approx-string-match';
import { editDistance } from './edit-distance';
import { foldSpace, foldSpaceOnly, isSpace, unfoldRange, type FoldedText } from './normalize-space';
import { scorePrefix, scoreSuffix } from './score-context';
import { snapToWords } from './snap-to-words';
import { placeAtStoredPosition } from './stored-position';
import type { TextPositionSelector, TextQuoteSelector } from '../model/records';

export type AnchoredRange = { start: number; end: number };

/** Quotes longer than this are only searched approximately near their old position, to bound the cost. */
export const MAX_FULL_SCAN_QUOTE_LENGTH = 512;
/** How far around the old position an approximate search looks first (plus the quote's length). */
const NEAR_WINDOW = 2_000;
/** A passage anchors approximately when it differs from the quote in at most this share of characters. */
export const MAX_ERROR_RATE = 0.25;

// Weights: the quote itself matters most; context tells apart repeats; nearness breaks remaining ties.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const NEARNESS_WEIGHT = 2;
/** The least context support (0–1, prefix and suffix averaged) an approximate match needs to count. */
const MIN_CONTEXT_FOR_FUZZY = 0.5;

/** The most edits (whitespace aside) a passage may differ from a quote of this many characters by. */
export function errorLimit(quoteLength: number): number {
  return Math.floor(quoteLength * MAX_ERROR_RATE);
}

type Candidate = { range: AnchoredRange; errors: number };

export function anchorTarget(
  text: string,
  selectors: readonly (TextQuoteSelector | TextPositionSelector)[],
): AnchoredRange | null {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const stored = placeAtStoredPosition(text, selectors);
  if (stored || !quote || quote.exact === '') return stored;
  const expected = position?.start ?? null;
  const exact = exactOccurrences(text, quote.exact);
  if (exact.length > 0) return best(text, quote, exact, expected);
  const folded = foldSpace(text);
  const spaced = foldedOccurrences(text, folded, quote.exact);
  if (spaced.length > 0) return best(text, quote, spaced, expected);
  return best(text, quote, approximateOccurrences(text, folded, quote, expected), expected);
}

function exactOccurrences(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1))
    found.push({ range: { start: at, end: at + exact.length }, errors: 0 });
  return found;
}

/** Occurrences that differ from the quote only in whitespace. */
function foldedOccurrences(text: string, folded: FoldedText, exact: string): Candidate[] {
  const wanted = trimFolded(foldSpaceOnly(exact), exact);
  if (wanted === '') return [];
  return exactOccurrences(folded.text, wanted).map(({ range }) => ({
    range: unfoldRange(folded, text.length, range.start, range.end),
    errors: 0,
  }));
}

/** A folded quote keeps a leading or trailing space only where the quote really began or ended with one. */
function trimFolded(foldedQuote: string, exact: string): string {
  let value = foldedQuote;
  if (!isSpace(exact[0])) value = value.replace(/^ /, '');
  if (!isSpace(exact[exact.length - 1])) value = value.replace(/ $/, '');
  return value;
}

function approximateOccurrences(
  text: string,
  folded: FoldedText,
  quote: TextQuoteSelector,
  expected: number | null,
): Candidate[] {
  const wanted = foldSpaceOnly(quote.exact);
  const limit = errorLimit(wanted.length);
  if (limit === 0) return [];
  const find = (from: number, to: number) =>
    search(folded.text.slice(from, to), wanted, limit).flatMap((m) =>
      placeApproximate(text, folded, quote, from + m.start, from + m.end, limit),
    );
  // Search near the old position first: cheap for any quote, and where an edited passage usually is.
  if (expected !== null) {
    const centre = folded.origin.findIndex((o) => o >= expected);
    const at = centre === -1 ? folded.text.length : centre;
    const near = find(
      Math.max(0, at - wanted.length - NEAR_WINDOW),
      Math.min(folded.text.length, at + 2 * wanted.length + NEAR_WINDOW),
    );
    if (near.length > 0) return near;
  }
  if (wanted.length > MAX_FULL_SCAN_QUOTE_LENGTH) return [];
  return find(0, folded.text.length);
}

/** A folded match back in the original text, on word boundaries, kept only while within the error limit. */
function placeApproximate(
  text: string,
  folded: FoldedText,
  quote: TextQuoteSelector,
  start: number,
  end: number,
  limit: number,
): Candidate[] {
  const raw = unfoldRange(folded, text.length, start, end);
  const range = snapToWords(text, raw, quote.exact, {
    startsOnWord: !endsInWord(quote.prefix) || !startsWithWord(quote.exact),
    endsOnWord: !startsWithWord(quote.suffix) || !endsInWord(quote.exact),
  });
  if (range.end <= range.start) return [];
  const errors = editDistance(
    trimFolded(foldSpaceOnly(text.slice(range.start, range.end)), quote.exact),
    trimFolded(foldSpaceOnly(quote.exact), quote.exact),
  );
  return errors <= limit ? [{ range, errors }] : [];
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const startsWithWord = (value: string) => WORD_CHAR.test(Array.from(value.slice(0, 2))[0] ?? ' ');
const endsInWord = (value: string) => WORD_CHAR.test(Array.from(value.slice(-2)).at(-1) ?? ' ');

function best(
  text: string,
  quote: TextQuoteSelector,
  candidates: Candidate[],
  expected: number | null,
): AnchoredRange | null {
  let top: { range: AnchoredRange; score: number } | null = null;
  for (const candidate of candidates) {
    const context =
      (scorePrefix(text, candidate.range.start, quote.prefix) +
        scoreSuffix(text, candidate.range.end, quote.suffix)) /
      2;
    // An inexact passage is only the quote's when its surroundings say so too: a short figure that changed
    // must not anchor on another figure a few edits away somewhere else.
    if (candidate.errors > 0 && context < MIN_CONTEXT_FOR_FUZZY) continue;
    const quoteScore = 1 - candidate.errors / Math.max(1, quote.exact.length);
    const nearness =
      expected === null
        ? 0
        : 1 - Math.min(1, Math.abs(candidate.range.start - expected) / Math.max(1, text.length));
    const score = QUOTE_WEIGHT * quoteScore + 2 * CONTEXT_WEIGHT * context + NEARNESS_WEIGHT * nearness;
    if (!top || score > top.score) top = { range: candidate.range, score };
  }
  return top?.range ?? null;
}
