// How a search box's words are read: words in double quotes (straight or curly) are a phrase that must
// appear exactly, word for word in that order; every other word is a term that matches as typed, as the
// start of a longer word, or with a typo. Every term and phrase must match (AND).
import { splitTerms } from './fold-text';
import { appendAll } from '../lists/append-all';

export type ParsedQuery = {
  /** Folded words to match loosely (prefix and typos). */
  terms: string[];
  /** Folded word sequences to match exactly. */
  phrases: string[][];
};

export function parseQuery(query: string): ParsedQuery {
  const terms: string[] = [];
  const phrases: string[][] = [];
  // An unclosed quote runs to the end of the query.
  const pattern = /["“”]([^"“”]*)(?:["“”]|$)|([^"“”]+)/g;
  for (const match of query.matchAll(pattern)) {
    if (match[1] !== undefined) {
      const words = splitTerms(match[1]);
      if (words.length > 0) phrases.push(words);
    } else if (match[2] !== undefined) {
      appendAll(terms, splitTerms(match[2]));
    }
  }
  return { terms: [...new Set(terms)], phrases };
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.terms.length === 0 && query.phrases.length === 0;
}

/** How many typos a term may carry: none for short words, where one typo makes another word. */
export function typosAllowed(term: string): number {
  if (/^\p{N}+$/u.test(term)) return 0;
  return term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0;
}
