// The paragraphs of one source's text, found once, so that locating each of a source's many citations is
// a binary search rather than a scan of the text up to the passage (paragraphNumber in locate-passage.ts,
// which this must agree with exactly). Paragraphs are blocks between blank lines; the separators are
// found in the whole text, and an offset inside a separator (where cutting the text there would change
// what the separator is) is counted the slow way.

const SEPARATOR = /\n[ \t]*(?:\n[ \t]*)+/g;

export type ParagraphIndex = {
  /** 1-based number of the paragraph holding `offset`, as paragraphNumber(text, offset) counts it. */
  numberAt(offset: number): number;
};

export function indexParagraphs(
  text: string,
  slow: (text: string, offset: number) => number,
): ParagraphIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of text.matchAll(SEPARATOR)) {
    starts.push(match.index);
    ends.push(match.index + match[0].length);
  }
  // filledBefore[k]: how many of the chunks before separator k hold more than white space.
  const filledBefore: number[] = [0];
  let chunkStart = 0;
  for (let k = 0; k < starts.length; k++) {
    filledBefore.push(filledBefore[k]! + (isBlank(text, chunkStart, starts[k]!) ? 0 : 1));
    chunkStart = ends[k]!;
  }
  return {
    numberAt(raw) {
      const offset = Math.max(0, raw);
      // k: separators that end at or before the offset.
      let lo = 0;
      let hi = ends.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (ends[mid]! <= offset) lo = mid + 1;
        else hi = mid;
      }
      const k = lo;
      if (k < starts.length && starts[k]! < offset) return slow(text, offset);
      // The chunk the offset falls in counts once: as a paragraph when it holds text, else as the
      // paragraph a blank line opens.
      return filledBefore[k]! + 1;
    },
  };
}

/** Whether text[from, to) is empty or white space only, as String.prototype.trim sees it. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (text.charAt(i).trim() !== '') return false;
  }
  return true;
}
