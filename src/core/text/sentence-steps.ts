// Selecting text by sentences, for the reader's keyboard selection: the next or previous sentence from a
// position or a selection, or a selection grown by one sentence either way. Sentences are the suggester's
// (core/suggest/sentences), so what the keyboard selects is what a stance suggestion would span.
import { splitSentences } from '../suggest/sentences';

export type TextRange = { start: number; end: number };
export type Direction = 'next' | 'previous';

/** The sentence after the range (or the first one), or before it (or the last one); null for no text. */
export function stepSentence(text: string, range: TextRange | null, direction: Direction): TextRange | null {
  const sentences = splitSentences(text);
  if (sentences.length === 0) return null;
  if (direction === 'next') {
    const from = range ? range.end : 0;
    const next = sentences.find((s) => s.start >= from && !(range && s.start === range.start));
    return toRange(next ?? sentences[sentences.length - 1]);
  }
  const before = range ? sentences.filter((s) => s.end <= range.start) : sentences;
  return toRange(before[before.length - 1] ?? sentences[0]);
}

/** The range grown to take in one more sentence after its end (next) or before its start (previous). */
export function extendBySentence(
  text: string,
  range: TextRange | null,
  direction: Direction,
): TextRange | null {
  if (!range) return stepSentence(text, null, direction);
  const sentences = splitSentences(text);
  if (direction === 'next') {
    const next = sentences.find((s) => s.end > range.end);
    return next ? { start: range.start, end: next.end } : range;
  }
  const before = sentences.filter((s) => s.start < range.start);
  const previous = before[before.length - 1];
  return previous ? { start: previous.start, end: range.end } : range;
}

const toRange = (span: { start: number; end: number } | undefined): TextRange | null =>
  span ? { start: span.start, end: span.end } : null;
