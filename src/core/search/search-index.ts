// The search index over a library: every source's passages and every claim's quote, statement, note and
// tag names in one MiniSearch index (BM25 ranking, prefix and typo-tolerant matching over a radix tree;
// pure JavaScript, so it runs in a worker and in the CLI alike). Sources and claims are added, replaced and
// removed one at a time, so the app keeps it current as the library changes. The index stores only where
// each passage is; texts stay in the records it was given, to verify phrases and cut snippets.
import MiniSearch from 'minisearch';
import { splitTerms } from './fold-text';
import type { SearchClaim, SearchSource } from './search-records';
import { splitPassages } from './split-passages';

export type IndexedDoc = {
  id: string;
  kind: 'passage' | 'claim';
  sourceId: string;
  start: number;
  end: number;
  text?: string;
  quote?: string;
  statement?: string;
  note?: string;
  tags?: string;
};

/** A word's documents: for each field, document short id -> the word's frequency there. */
export type Postings = Map<number, Map<number, number>>;

/** MiniSearch, able to say in how many documents a word is (its own index knows; it is protected). */
export class LibraryMiniSearch extends MiniSearch<IndexedDoc> {
  /** Documents holding this exact word, over all fields (a document counted once per field). */
  frequencyOf(term: string): number {
    const fields = this._index.get(term);
    if (!fields) return 0;
    let count = 0;
    for (const docs of fields.values()) count += docs.size;
    return count;
  }

  /**
   * Where a word (or, with `prefix`, the words it begins; at most `limit` of them) is: for each such
   * word, its documents by field (MiniSearch's own maps, by short document id; not copied).
   */
  postingsOf(word: string, prefix: boolean, limit = 200): Map<string, Postings> {
    const found = new Map<string, Postings>();
    const exact = this._index.get(word);
    if (exact) found.set(word, exact);
    if (prefix) {
      for (const [term, fields] of this._index.atPrefix(word)) {
        if (found.size >= limit) break;
        found.set(term, fields);
      }
    }
    return found;
  }

  /**
   * The best `limit` documents holding one exact word, scored as MiniSearch scores a word (BM25+ per
   * field, times the field's boost), without building a result for every document that holds it: for a
   * word in tens of thousands of passages that is most of the cost of a query.
   */
  topForWord(
    word: string,
    boost: Readonly<Record<string, number>>,
    limit: number,
    keep?: (id: string, stored: Record<string, unknown>) => boolean,
  ): { id: string; score: number; terms: string[]; stored: Record<string, unknown> }[] {
    const fields = this._index.get(word);
    if (!fields) return [];
    const { k, b, d } = this._options.searchOptions.bm25 ?? { k: 1.2, b: 0.7, d: 0.5 };
    const scores = new Float64Array(this._nextId);
    const ids: number[] = [];
    for (const [field, fieldId] of Object.entries(this._fieldIds)) {
      const docs = fields.get(fieldId);
      if (!docs) continue;
      const weight = boost[field] ?? 1;
      const idf = Math.log(1 + (this._documentCount - docs.size + 0.5) / (docs.size + 0.5));
      const average = this._avgFieldLength[fieldId] ?? 1;
      for (const [shortId, frequency] of docs) {
        if (!this._documentIds.has(shortId)) continue;
        const length = this._fieldLength.get(shortId)?.[fieldId] ?? average;
        const norm = frequency + k * (1 - b + (b * length) / average);
        if (scores[shortId] === 0) ids.push(shortId);
        scores[shortId] = (scores[shortId] as number) + weight * idf * (d + (frequency * (k + 1)) / norm);
      }
    }
    const kept = keep
      ? ids.filter((id) => keep(this._documentIds.get(id) as string, this._storedFields.get(id) ?? {}))
      : ids;
    let chosen = kept;
    if (kept.length > limit) {
      // The score of the limit-th best, found by sorting the scores alone (native, on a typed array).
      const sorted = Float64Array.from(kept, (id) => scores[id] as number).sort();
      const threshold = sorted[sorted.length - limit] as number;
      chosen = kept.filter((id) => (scores[id] as number) >= threshold);
    }
    chosen.sort((x, y) => (scores[y] as number) - (scores[x] as number));
    return chosen.slice(0, limit).map((shortId) => ({
      id: this._documentIds.get(shortId) as string,
      score: scores[shortId] as number,
      terms: [word],
      stored: this._storedFields.get(shortId) ?? {},
    }));
  }

  /** MiniSearch's short id of a document, as postingsOf gives them. */
  shortIdOf(id: string): number | undefined {
    return this._idToShortId.get(id);
  }
}

export type SearchIndex = {
  mini: LibraryMiniSearch;
  sources: Map<string, SearchSource>;
  /** The index ids of each source's passages, to take them out again. */
  passageIds: Map<string, string[]>;
  claims: Map<string, SearchClaim>;
};

export const INDEX_FIELDS = ['text', 'quote', 'statement', 'note', 'tags'] as const;

/** The MiniSearch options; loading a saved index needs the same ones. */
export const MINISEARCH_OPTIONS = {
  fields: [...INDEX_FIELDS],
  storeFields: ['kind', 'sourceId', 'start', 'end'],
  tokenize: splitTerms,
  // Terms are folded by the tokenizer already (see fold-text), for documents and queries alike.
  processTerm: (term: string) => term,
};

export function createSearchIndex(): SearchIndex {
  return {
    mini: new LibraryMiniSearch(MINISEARCH_OPTIONS),
    sources: new Map(),
    passageIds: new Map(),
    claims: new Map(),
  };
}

const claimDocId = (id: string) => `c:${id}`;

/** Adds a source's passages, replacing the ones of an earlier version of it. */
export function putSource(index: SearchIndex, source: SearchSource): void {
  dropSource(index, source.id);
  const docs: IndexedDoc[] = splitPassages(source.text).map(({ start, end }) => ({
    id: `p:${source.id}:${start}`,
    kind: 'passage',
    sourceId: source.id,
    start,
    end,
    text: source.text.slice(start, end),
  }));
  index.mini.addAll(docs);
  index.sources.set(source.id, source);
  index.passageIds.set(
    source.id,
    docs.map((d) => d.id),
  );
}

export function dropSource(index: SearchIndex, sourceId: string): void {
  const ids = index.passageIds.get(sourceId);
  if (ids) for (const id of ids) index.mini.discard(id);
  index.passageIds.delete(sourceId);
  index.sources.delete(sourceId);
}

export function putClaim(index: SearchIndex, claim: SearchClaim): void {
  dropClaim(index, claim.id);
  index.mini.add({
    id: claimDocId(claim.id),
    kind: 'claim',
    sourceId: claim.sourceId,
    start: claim.start,
    end: claim.end,
    quote: claim.quote,
    statement: claim.statement,
    note: claim.note,
    tags: claim.tagNames.join(' '),
  });
  index.claims.set(claim.id, claim);
}

export function dropClaim(index: SearchIndex, claimId: string): void {
  if (!index.claims.has(claimId)) return;
  index.mini.discard(claimDocId(claimId));
  index.claims.delete(claimId);
}

/** How many passages and claims are indexed. */
export function countIndexed(index: SearchIndex): { sources: number; passages: number; claims: number } {
  return {
    sources: index.sources.size,
    passages: index.mini.documentCount - index.claims.size,
    claims: index.claims.size,
  };
}
