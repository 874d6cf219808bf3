// Levenshtein distance between two strings, in UTF-16 code units: how many single-character insertions,
// deletions and substitutions turn one into the other. Used on short strings (a quote against the span
// found for it, a stored context against the text beside a candidate), so the plain two-row table is enough.

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  return alignLastRow(a, b)[b.length] as number;
}

/**
 * The last row of the edit-distance table of `pattern` against `text`: entry j is the fewest edits that
 * turn `pattern` into the first j characters of `text` or, with `freeStart`, into any part of `text`
 * ending at j (a semi-global alignment, for finding a context anywhere in a window).
 */
export function alignLastRow(pattern: string, text: string, freeStart = false): number[] {
  let previous = Array.from({ length: text.length + 1 }, (_, j) => (freeStart ? 0 : j));
  for (let i = 1; i <= pattern.length; i++) {
    const current = [i];
    const code = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= text.length; j++) {
      const cost = code === text.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous;
}
