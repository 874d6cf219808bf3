// Which words of a query the index looks up, and which are checked in the text of what it finds. A word in
// a large share of the library (like "the", or "company" in a library of annual reports) costs the index a
// long list to score and says little about relevance, so when the query has rarer words those find the
// candidates, and the common word is then looked for in each candidate's text, best candidates first. A
// query of only common words looks up the rarest. Phrases are always checked in the text as well.
import { typosAllowed, type ParsedQuery } from './parse-query';

/** A word in more than this share of indexed documents is common. */
export const COMMON_SHARE = 0.01;

export type WordQuery = { word: string; prefix: boolean; typos: number };
export type QueryPlan = {
  /** Looked up in the index (all must match). */
  lookUp: WordQuery[];
  /** Checked in each candidate's text: a word that is the term or, when `prefix`, starts with it. */
  check: WordQuery[];
};

export function planQuery(
  query: ParsedQuery,
  frequencyOf: (term: string) => number,
  documentCount: number,
): QueryPlan {
  const last = query.terms[query.terms.length - 1];
  const words: (WordQuery & { frequency: number })[] = [
    ...query.terms.map((word) => ({
      word,
      // Only the last word is still being typed; a prefix of two letters would match half the library.
      prefix: word === last && word.length >= 3,
      typos: typosAllowed(word),
    })),
    ...query.phrases.flat().map((word) => ({ word, prefix: false, typos: 0 })),
  ].map((w) => ({ ...w, frequency: frequencyOf(w.word) }));
  const limit = Math.max(50, documentCount * COMMON_SHARE);
  const strip = ({ word, prefix, typos }: WordQuery): WordQuery => ({ word, prefix, typos });
  const rare = words.filter((w) => w.frequency <= limit);
  if (rare.length > 0) {
    return { lookUp: rare.map(strip), check: words.filter((w) => w.frequency > limit).map(strip) };
  }
  const [rarest, ...rest] = [...words].sort((a, b) => a.frequency - b.frequency);
  // A common word is common as typed: it needs no typo allowance or prefix to find what it finds.
  return { lookUp: [{ word: (rarest as WordQuery).word, prefix: false, typos: 0 }], check: rest.map(strip) };
}
