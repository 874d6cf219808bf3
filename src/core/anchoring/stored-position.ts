// A claim's passage at the position it was stored with, when the text there still reads as its quote: the
// first rule of anchoring (anchor-target), and all the reader needs to draw a highlight before the rest of
// a source's claims have been placed. Checking it is one slice of the text, however long the text is.
import type { TextPositionSelector, TextQuoteSelector } from '../model/records';

export type StoredRange = { start: number; end: number };

/** Where the position selector says, if it fits the text and the quote (when there is one) is there. */
export function placeAtStoredPosition(
  text: string,
  selectors: readonly (TextQuoteSelector | TextPositionSelector)[],
): StoredRange | null {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  if (!position || position.start < 0 || position.start > position.end || position.end > text.length)
    return null;
  if (quote && quote.exact !== '' && text.slice(position.start, position.end) !== quote.exact) return null;
  return { start: position.start, end: position.end };
}
