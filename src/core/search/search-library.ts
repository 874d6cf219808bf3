// Runs a query over the search index and shapes what the researcher sees: passages grouped by source (the
// best source first), and matching claims, each with a snippet whose searched words are marked. Every term
// must match; a term matches as typed, as a prefix, or with a typo or two (exact matches rank first, as
// MiniSearch weighs prefix and fuzzy matches lower); a quoted phrase is looked up by its words and then
// verified word for word against the real text. Filters keep one source format or one tag.
import type { SourceFormat } from '../model/records';
import { makeSnippet, type Snippet } from './make-snippet';
import { tokenize, type Token } from './fold-text';
import { findPhrase, markTerms, type MarkRange } from './mark-terms';
import { isEmptyQuery, parseQuery, type ParsedQuery } from './parse-query';
import { planQuery, type QueryPlan, type WordQuery } from './plan-query';
import type { IndexedDoc, SearchIndex } from './search-index';
import type { SearchClaim } from './search-records';

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
export type SearchResults = { groups: SourceGroup[]; claims: ClaimHit[]; passageCount: number };

export type SearchLimits = { maxPassages: number; perSource: number; maxClaims: number };
const LIMITS: SearchLimits = { maxPassages: 300, perSource: 5, maxClaims: 100 };

/** Field weights: a claim's statement and tags say what it is about, more than its quote or note. */
const BOOST = { text: 1, quote: 1.2, statement: 1.5, note: 1, tags: 2 };

/** A word that only starts with the term, or matches it despite a typo, counts for less than the word. */
const WEIGHTS = { prefix: 0.5, fuzzy: 0.3 };

type Hit = { id: string; score: number; terms: string[] } & Pick<
  IndexedDoc,
  'kind' | 'sourceId' | 'start' | 'end'
>;

function lookUp(index: SearchIndex, plan: QueryPlan, filter: (hit: Hit) => boolean): Hit[] {
  const queries = plan.lookUp.map(({ word, prefix, typos }) => ({
    queries: [word],
    prefix,
    fuzzy: typos || false,
  }));
  return index.mini.search(
    { combineWith: 'AND', queries },
    { boost: BOOST, weights: WEIGHTS, filter: (r) => filter(r as unknown as Hit) },
  ) as unknown as Hit[];
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

/** The words of a stretch of text that the plan's checked words match, or null when one is missing. */
function checkWords(tokens: Token[], check: WordQuery[]): string[] | null {
  const found: string[] = [];
  for (const { word, prefix } of check) {
    const matching = tokens.filter((t) => t.term === word || (prefix && t.term.startsWith(word)));
    if (matching.length === 0) return null;
    for (const t of matching) found.push(t.term);
  }
  return found;
}

/** The marks of text[start, end) when it holds every checked word and phrase, else null. */
function verify(
  text: string,
  span: { start: number; end: number },
  hit: Hit,
  query: ParsedQuery,
  plan: QueryPlan,
): MarkRange[] | null {
  const tokens = plan.check.length > 0 ? tokenize(text.slice(span.start, span.end)) : [];
  const checked = checkWords(tokens, plan.check);
  if (!checked) return null;
  if (query.phrases.some((p) => findPhrase(text, p, span.start, span.end).length === 0)) return null;
  // Words found only as parts of a phrase are marked where the phrase is, not wherever they occur.
  const phraseWords = new Set(query.phrases.flat());
  const loose = [...hit.terms, ...checked].filter((t) => !phraseWords.has(t) || query.terms.includes(t));
  return markTerms(text, new Set(loose), query.phrases, span.start, span.end);
}

function passageHit(index: SearchIndex, hit: Hit, query: ParsedQuery, plan: QueryPlan): PassageHit | null {
  const text = index.sources.get(hit.sourceId)?.text;
  if (text === undefined) return null;
  const span = { start: hit.start, end: hit.end };
  const marks = verify(text, span, hit, query, plan);
  if (!marks) return null;
  return { sourceId: hit.sourceId, ...span, score: hit.score, snippet: makeSnippet(text, span, marks) };
}

function claimHit(index: SearchIndex, hit: Hit, query: ParsedQuery, plan: QueryPlan): ClaimHit | null {
  const claim = index.claims.get(hit.id.slice(2));
  if (!claim) return null;
  const fields = claimFields(claim);
  // Each checked word and each phrase must be in one of the claim's fields.
  const all = fields.map(([, text]) => text).join('\n');
  const marksOfAll = verify(all, { start: 0, end: all.length }, hit, query, plan);
  if (!marksOfAll) return null;
  const terms = new Set(marksOfAll.flatMap((m) => tokenize(all.slice(m.start, m.end)).map((t) => t.term)));
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
  if (isEmptyQuery(query)) return { groups: [], claims: [], passageCount: 0 };
  const plan = planQuery(query, (term) => index.mini.frequencyOf(term), index.mini.documentCount);
  const hits = lookUp(index, plan, makeFilter(index, filters));
  const groups = new Map<string, SourceGroup>();
  const claims: ClaimHit[] = [];
  let passageCount = 0;
  for (const hit of hits) {
    // Candidates come best first: once both lists are full, the rest need not be checked.
    if (claims.length >= limits.maxClaims && passageCount >= limits.maxPassages) break;
    if (hit.kind === 'claim') {
      if (claims.length >= limits.maxClaims) continue;
      const found = claimHit(index, hit, query, plan);
      if (found) claims.push(found);
      continue;
    }
    if (passageCount >= limits.maxPassages) continue;
    const group = groups.get(hit.sourceId);
    // Beyond what a group shows, a passage is only counted; its phrases are checked all the same.
    const found = passageHit(index, hit, query, plan);
    if (!found) continue;
    passageCount += 1;
    if (group) {
      group.total += 1;
      if (group.passages.length < limits.perSource) group.passages.push(found);
      continue;
    }
    const source = index.sources.get(hit.sourceId);
    if (!source) continue;
    groups.set(hit.sourceId, {
      sourceId: source.id,
      title: source.title,
      format: source.format,
      score: found.score,
      passages: [found],
      total: 1,
    });
  }
  return { groups: [...groups.values()], claims, passageCount };
}
