// Turns a selection in a source's text into the W3C selectors a claim stores: a TextQuoteSelector (the
// exact text with up to 32 characters of context either side) and a TextPositionSelector (UTF-16 offsets).
// The quote lets a claim be found again after the text changes; the position makes the common case fast.

import type { TextPositionSelector, TextQuoteSelector } from '../model/records';

/** Characters of prefix and suffix context kept with a quote. */
export const CONTEXT_LENGTH = 32;

export function describeRange(
  text: string,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`Invalid range ${start}-${end} in a text of length ${text.length}.`);
  }
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: dropLeadingLowSurrogate(text.slice(Math.max(0, start - CONTEXT_LENGTH), start)),
      suffix: dropTrailingHighSurrogate(text.slice(end, end + CONTEXT_LENGTH)),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

// Context is cut at 32 code units; never keep half of a surrogate pair, which is not valid text to store.
function dropLeadingLowSurrogate(context: string): string {
  return /^[\uDC00-\uDFFF]/.test(context) ? context.slice(1) : context;
}

function dropTrailingHighSurrogate(context: string): string {
  return /[\uD800-\uDBFF]$/.test(context) ? context.slice(0, -1) : context;
}
