// REFI-QDA counts positions in a text in characters (Unicode code points); our offsets count UTF-16 code
// units, as JavaScript strings do. An emoji or a rare CJK character before a passage is one character
// there and two code units here, so every position is converted at this edge, both ways. The index is
// built once per text (the offsets of its surrogate pairs), so converting many positions stays fast.

export type CodePointIndex = {
  /** The code-point position of a UTF-16 offset (an offset inside a pair counts the pair as before it). */
  toCodePoint(offset: number): number;
  /** The UTF-16 offset of a code-point position, or -1 when the text has fewer characters. */
  fromCodePoint(position: number): number;
};

export function indexCodePoints(text: string): CodePointIndex {
  // UTF-16 offsets of the high surrogate of each pair, in order.
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) pairs.push(i++);
    }
  }
  const characters = text.length - pairs.length;
  return {
    toCodePoint(offset) {
      // Pairs that end at or before the offset each count one code unit more than their one character.
      return offset - countBelow(pairs, offset - 1);
    },
    fromCodePoint(position) {
      if (position > characters) return -1;
      // The k-th pair's high surrogate sits at code-point position pairs[k] - k.
      let low = 0;
      let high = pairs.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (pairs[mid]! - mid < position) low = mid + 1;
        else high = mid;
      }
      return position + low;
    },
  };
}

/** How many of the sorted numbers are below the limit. */
export function countBelow(sorted: number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}
