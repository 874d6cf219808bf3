// How much of two texts is the same, from 0 (nothing) to 1 (all of it), measured on word shingles: each
// run of three consecutive words (lower-cased, punctuation aside) is one shingle, and the score is the
// share of the larger text's distinct shingles that the other text has too. Moving paragraphs about keeps
// the score; rewriting a tenth of the words lowers it by about three tenths. It is linear in the texts'
// length, cheap enough to compare a new file with every source in a library.

const SHINGLE_WORDS = 3;

export function textSimilarity(a: string, b: string): number {
  return compareShingles(shingles(a), shingles(b), a.trim() === b.trim());
}

/** The shingles of a text, to compare one text with many without reading it again each time. */
export function shingles(text: string): ReadonlySet<string> {
  const words = text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const found = new Set<string>();
  if (words.length > 0 && words.length < SHINGLE_WORDS) found.add(words.join(' '));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
    found.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return found;
}

/** textSimilarity of two shingle sets; `sameWhenEmpty` decides for two texts without a word. */
export function compareShingles(
  left: ReadonlySet<string>,
  right: ReadonlySet<string>,
  sameWhenEmpty = false,
): number {
  const larger = Math.max(left.size, right.size);
  if (larger === 0) return sameWhenEmpty ? 1 : 0;
  const [small, big] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const shingle of small) if (big.has(shingle)) shared += 1;
  return shared / larger;
}
