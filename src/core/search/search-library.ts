// Runs a query over the search index and shapes what the researcher sees: passages grouped by source (the
// best source first), and matching claims, each with a snippet whose searched words are marked. Every term
// must match; a term matches as typed, as a prefix, or with a typo or two (exact matches rank first, as
// MiniSearch weighs prefix and fuzzy matches lower); a quoted phrase is looked up by its words and then
// verified word for word against the real text. Filters keep one source format or one tag.
import type { SourceFormat } from '../model/records';
import { makeSnippet, type Snippet } from './make-snippet';
import { findPhrase, markTerms } from './mark-terms';
import { isEmptyQuery, parseQuery, type ParsedQuery } from './parse-query';
import { planQuery, type QueryPlan } from './plan-query';
import type { IndexedDoc, Postings, SearchIndex } from './search-index';
import type { SearchClaim, SearchSource } from './search-records';

export type SearchFilters = { format?: SourceFormat; tagId?: string };

export type PassageHit = { sourceId: string; start: number; end: number; score: number; snippet: Snippet };
export type SourceGroup = {
  sourceId: string;
  title: string;
  format: SourceFormat;
  score: number;
  passages: PassageHit[];
  /** All passages of this source that matched (more than are shown when many do). */
  total: number;
};
export type ClaimField = 'statement' | 'quote' | 'note' | 'tags';
export type ClaimHit = {
  claimId: string;
  sourceId: string;
  score: number;
  /** The field the snippet comes from (the first, in this order, where the words are). */
  field: ClaimField;
  snippet: Snippet;
};
export type SearchResults = {
  groups: SourceGroup[];
  claims: ClaimHit[];
  passageCount: number;
  /** Too many candidates to check them all: these are the best of those checked. */
  partial: boolean;
};

export type SearchLimits = {
  /** Sources shown; passages of further sources are counted, not shown. */
  maxGroups: number;
  maxPassages: number;
  perSource: number;
  maxClaims: number;
  /** Candidates checked for common words or phrases before the search settles for what it has. */
  maxExamined: number;
};
const LIMITS: SearchLimits = {
  maxGroups: 50,
  maxPassages: 300,
  perSource: 5,
  maxClaims: 50,
  maxExamined: 4000,
};

/** Field weights: a claim's statement and tags say what it is about, more than its quote or note. */
const BOOST = { text: 1, quote: 1.2, statement: 1.5, note: 1, tags: 2 };

/** A word that only starts with the term, or matches it despite a typo, counts for less than the word. */
const WEIGHTS = { prefix: 0.5, fuzzy: 0.3 };

type Hit = { id: string; score: number; terms: string[] } & Pick<
  IndexedDoc,
  'kind' | 'sourceId' | 'start' | 'end'
>;

/** A query finding fewer documents than this as typed is run again allowing typos. */
export const TYPO_FALLBACK = 10;

function lookUp(
  index: SearchIndex,
  plan: QueryPlan,
  filter: ((hit: Hit) => boolean) | undefined,
  typos: boolean,
): Hit[] {
  const queries = plan.lookUp.map(({ word, prefix, typos: allowed }) => ({
    queries: [word],
    prefix,
    fuzzy: (typos && allowed) || false,
  }));
  return index.mini.search(
    { combineWith: 'AND', queries },
    {
      boost: BOOST,
      weights: WEIGHTS,
      ...(filter ? { filter: (r: unknown) => filter(r as Hit) } : {}),
    },
  ) as unknown as Hit[];
}

/**
 * The candidates, best first. Words are looked up as typed (and the last as a prefix) first; only when
 * that finds little are typos allowed, since looking up every near spelling of a common word is the
 * costliest part of a search and a correctly spelt word rarely needs it.
 */
function findCandidates(
  index: SearchIndex,
  plan: QueryPlan,
  filters: SearchFilters,
  limit: number,
): { hits: Hit[]; cut: boolean } {
  const filter = filters.format || filters.tagId ? makeFilter(index, filters) : undefined;
  const [only, ...others] = plan.lookUp;
  // One common word as typed (a query of common words looks up only its rarest): the best few thousand
  // documents are enough, as no more are checked.
  if (only && others.length === 0 && !only.prefix && index.mini.frequencyOf(only.word) > limit) {
    const best = index.mini
      .topForWord(only.word, BOOST, limit + 1, filter && ((id, stored) => filter({ ...(stored as Hit), id })))
      .map(({ id, score, terms, stored }) => ({ ...(stored as Hit), id, score, terms }));
    return { hits: best.slice(0, limit), cut: best.length > limit };
  }
  const exact = lookUp(index, plan, filter, false);
  if (exact.length >= TYPO_FALLBACK || !plan.lookUp.some((w) => w.typos > 0))
    return { hits: exact, cut: false };
  return { hits: lookUp(index, plan, filter, true), cut: false };
}

function makeFilter(index: SearchIndex, filters: SearchFilters): (hit: Hit) => boolean {
  let tagged: Set<string> | undefined;
  if (filters.tagId) {
    tagged = new Set();
    for (const claim of index.claims.values())
      if (claim.tagIds.includes(filters.tagId)) tagged.add(claim.sourceId);
  }
  return (hit) => {
    if (filters.format && index.sources.get(hit.sourceId)?.format !== filters.format) return false;
    if (!filters.tagId) return true;
    // A tag keeps the claims that carry it, and the passages of the sources where it is used.
    if (hit.kind === 'claim')
      return index.claims.get(hit.id.slice(2))?.tagIds.includes(filters.tagId) ?? false;
    return tagged?.has(hit.sourceId) ?? false;
  };
}

function claimFields(claim: SearchClaim): [ClaimField, string][] {
  return [
    ['statement', claim.statement],
    ['quote', claim.quote],
    ['note', claim.note],
    ['tags', claim.tagNames.join(', ')],
  ];
}

/** For each checked word of the plan, the documents holding it (or a word it begins), by word. */
type Checks = Map<string, Postings>[];

const holds = (postings: Postings, shortId: number): boolean => {
  for (const docs of postings.values()) if (docs.has(shortId)) return true;
  return false;
};

/** The words the checked words match in a document, or null when one of them is not there. */
function checkWords(index: SearchIndex, hit: Hit, checks: Checks): string[] | null {
  if (checks.length === 0) return [];
  const shortId = index.mini.shortIdOf(hit.id);
  if (shortId === undefined) return null;
  const found: string[] = [];
  for (const postings of checks) {
    let any = false;
    for (const [term, docs] of postings) {
      if (!holds(docs, shortId)) continue;
      found.push(term);
      any = true;
    }
    if (!any) return null;
  }
  return found;
}

/** The words to mark: those matched, less words that were only asked for inside a phrase. */
function looseTerms(hit: Hit, checked: string[], query: ParsedQuery): Set<string> {
  const phraseWords = new Set(query.phrases.flat());
  return new Set([...hit.terms, ...checked].filter((t) => !phraseWords.has(t) || query.terms.includes(t)));
}

/** The words to mark in a passage that holds every checked word and phrase, else null. */
function acceptPassage(index: SearchIndex, hit: Hit, query: ParsedQuery, checks: Checks): Set<string> | null {
  const text = index.sources.get(hit.sourceId)?.text;
  if (text === undefined) return null;
  const checked = checkWords(index, hit, checks);
  if (!checked) return null;
  if (query.phrases.some((p) => findPhrase(text, p, hit.start, hit.end).length === 0)) return null;
  return looseTerms(hit, checked, query);
}

function passageHit(index: SearchIndex, hit: Hit, query: ParsedQuery, terms: Set<string>): PassageHit {
  const text = (index.sources.get(hit.sourceId) as SearchSource).text;
  const span = { start: hit.start, end: hit.end };
  const marks = markTerms(text, terms, query.phrases, span.start, span.end);
  return { sourceId: hit.sourceId, ...span, score: hit.score, snippet: makeSnippet(text, span, marks) };
}

function claimHit(index: SearchIndex, hit: Hit, query: ParsedQuery, checks: Checks): ClaimHit | null {
  const claim = index.claims.get(hit.id.slice(2));
  if (!claim) return null;
  const checked = checkWords(index, hit, checks);
  if (!checked) return null;
  const fields = claimFields(claim);
  // Each phrase must be in one of the claim's fields, word for word.
  if (query.phrases.some((p) => !fields.some(([, text]) => findPhrase(text, p).length > 0))) return null;
  const terms = looseTerms(hit, checked, query);
  for (const [field, text] of fields) {
    const marks = markTerms(text, terms, query.phrases);
    if (marks.length === 0) continue;
    const snippet = makeSnippet(text, { start: 0, end: text.length }, marks);
    return { claimId: claim.id, sourceId: claim.sourceId, score: hit.score, field, snippet };
  }
  return null;
}

export function searchLibrary(
  index: SearchIndex,
  queryText: string,
  filters: SearchFilters = {},
  limits: SearchLimits = LIMITS,
): SearchResults {
  const query = parseQuery(queryText);
  if (isEmptyQuery(query)) return { groups: [], claims: [], passageCount: 0, partial: false };
  const plan = planQuery(query, (term) => index.mini.frequencyOf(term), index.mini.documentCount);
  const { hits, cut } = findCandidates(index, plan, filters, limits.maxExamined);
  const checks: Checks = plan.check.map((w) => index.mini.postingsOf(w.word, w.prefix));
  const groups = new Map<string, SourceGroup>();
  const claims: ClaimHit[] = [];
  let passageCount = 0;
  let examined = 0;
  let partial = cut;
  const costly = checks.length > 0 || query.phrases.length > 0;
  for (const hit of hits) {
    // Candidates come best first: once both lists are full, the rest need not be checked.
    if (claims.length >= limits.maxClaims && passageCount >= limits.maxPassages) break;
    if (costly && (examined += 1) > limits.maxExamined) {
      partial = true;
      break;
    }
    if (hit.kind === 'claim') {
      if (claims.length >= limits.maxClaims) continue;
      const found = claimHit(index, hit, query, checks);
      if (found) claims.push(found);
      continue;
    }
    if (passageCount >= limits.maxPassages) continue;
    const terms = acceptPassage(index, hit, query, checks);
    if (!terms) continue;
    passageCount += 1;
    const group = groups.get(hit.sourceId);
    // Beyond what a group shows, a passage is only counted.
    if (group) {
      group.total += 1;
      if (group.passages.length < limits.perSource) group.passages.push(passageHit(index, hit, query, terms));
      continue;
    }
    if (groups.size >= limits.maxGroups) continue;
    const source = index.sources.get(hit.sourceId) as SearchSource;
    groups.set(hit.sourceId, {
      sourceId: source.id,
      title: source.title,
      format: source.format,
      score: hit.score,
      passages: [passageHit(index, hit, query, terms)],
      total: 1,
    });
  }
  return { groups: [...groups.values()], claims, passageCount, partial };
}
