// W3C Web Annotation positions count Unicode code points; ours count UTF-16 code units (what a JavaScript
// string's length counts). The two differ by one for every character outside the Basic Multilingual Plane
// (emoji, rare CJK) before the offset. This converts at the interchange edge, both ways, for one text: its
// surrogate pairs are found once, then each offset is converted by a binary search. An offset past the
// end of the text (a position kept from an older text) is carried over one for one, so both directions
// stay inverse for every offset.

export type OffsetConverter = {
  toCodePoints(codeUnits: number): number;
  toCodeUnits(codePoints: number): number;
};

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** How many entries of the sorted list are below `limit`. */
function countBelow(sorted: readonly number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function offsetConverter(text: string): OffsetConverter {
  // Code-unit index of each pair's low half, and the code-point index of each pair's character.
  const lows: number[] = [];
  const pairPoints: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      pairPoints.push(i - lows.length);
      lows.push(i + 1);
      i += 1;
    }
  }
  return {
    toCodePoints: (units) => units - countBelow(lows, Math.min(units, text.length)),
    toCodeUnits: (points) => points + countBelow(pairPoints, points),
  };
}
