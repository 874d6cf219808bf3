// Measures how well two texts agree word for word: F1 over the bag of words (the same words) and over
// adjacent word pairs (the same words in the same order). Words are runs of letters and digits after
// Unicode compatibility normalisation (so "ﬁ" and "fi" agree) and lower-casing.

export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function countAll(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function f1(found: string[], expected: string[]): number {
  if (found.length === 0 || expected.length === 0) return found.length === expected.length ? 1 : 0;
  const want = countAll(expected);
  let matched = 0;
  for (const [key, count] of countAll(found)) matched += Math.min(count, want.get(key) ?? 0);
  const precision = matched / found.length;
  const recall = matched / expected.length;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

const pairs = (list: string[]): string[] => list.slice(1).map((word, i) => `${list[i]} ${word}`);

export function wordAgreement(found: string, expected: string): { words: number; pairs: number } {
  const a = words(found);
  const b = words(expected);
  return { words: f1(a, b), pairs: f1(pairs(a), pairs(b)) };
}
