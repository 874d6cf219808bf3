// How much of two texts is the same, from 0 (nothing) to 1 (all of it), measured on word shingles: each
// run of three consecutive words (lower-cased, punctuation aside) is one shingle, and the score is the
// share of the larger text's distinct shingles that the other text has too. Moving paragraphs about keeps
// the score; rewriting a tenth of the words lowers it by about three tenths. It is linear in the texts'
// length, cheap enough to compare a new file with every source in a library.

const SHINGLE_WORDS = 3;

export function textSimilarity(a: string, b: string): number {
  const left = shingles(a);
  const right = shingles(b);
  const larger = Math.max(left.size, right.size);
  if (larger === 0) return a.trim() === b.trim() ? 1 : 0;
  const [small, big] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const shingle of small) if (big.has(shingle)) shared += 1;
  return shared / larger;
}

function shingles(text: string): Set<string> {
  const words = text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const found = new Set<string>();
  if (words.length > 0 && words.length < SHINGLE_WORDS) found.add(words.join(' '));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
    found.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return found;
}
