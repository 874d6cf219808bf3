// How closely an extracted text agrees with a reference text, as the import issue measures it: F1 over the
// bag of words, and F1 over adjacent word pairs (which falls when words come out of order). Words are runs
// of letters and digits, lower-cased, so punctuation, quote styles and spacing do not count.

export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

const pairsOf = (words: string[]): string[] => words.slice(1).map((word, i) => `${words[i]} ${word}`);

export type Agreement = { precision: number; recall: number; f1: number };

/** Multiset agreement of `extracted` against `reference`. */
export function agreeOn(extracted: string[], reference: string[]): Agreement {
  const counts = new Map<string, number>();
  for (const item of reference) counts.set(item, (counts.get(item) ?? 0) + 1);
  let common = 0;
  for (const item of extracted) {
    const left = counts.get(item) ?? 0;
    if (left > 0) {
      common++;
      counts.set(item, left - 1);
    }
  }
  const precision = extracted.length ? common / extracted.length : 0;
  const recall = reference.length ? common / reference.length : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function measureAgreement(
  extracted: string,
  reference: string,
): { words: Agreement; pairs: Agreement } {
  const a = wordsOf(extracted);
  const b = wordsOf(reference);
  return { words: agreeOn(a, b), pairs: agreeOn(pairsOf(a), pairsOf(b)) };
}
