import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createSearchIndex,
  dropClaim,
  dropSource,
  putClaim,
  putSource,
} from '../../../src/core/search/search-index';
import { searchLibrary, type SearchResults } from '../../../src/core/search/search-library';
import type { SearchClaim, SearchSource } from '../../../src/core/search/search-records';
import { corpusDocumentFiles } from '../../support/repo-paths';

const source = (id: string, text: string, format: SearchSource['format'] = 'txt'): SearchSource => ({
  id,
  title: `Title ${id}`,
  format,
  text,
});

function claim(id: string, sourceId: string, fields: Partial<SearchClaim>): SearchClaim {
  return {
    id,
    sourceId,
    start: 0,
    end: 4,
    quote: '',
    statement: '',
    note: '',
    tagIds: [],
    tagNames: [],
    ...fields,
  };
}

const marked = (results: SearchResults) =>
  results.groups.flatMap((g) =>
    g.passages.flatMap((p) => p.snippet.parts.filter((x) => x.marked).map((x) => x.text)),
  );

describe('searchLibrary', () => {
  it('finds passages by exact word, prefix and typo, and ranks the exact match first', () => {
    const index = createSearchIndex();
    putSource(index, source('exact', 'Annual report.\n\nThe company made a profit last year.'));
    putSource(index, source('prefix', 'Intro.\n\nThe profitable unit grew.'));
    putSource(index, source('typo', 'Intro.\n\nA prifit was booked.'));
    putSource(index, source('none', 'Nothing about money here.'));
    const results = searchLibrary(index, 'profit');
    expect(results.groups.map((g) => g.sourceId)).toEqual(['exact', 'prefix', 'typo']);
    const first = results.groups[0]!.passages[0]!;
    expect(first.start).toBe('Annual report.\n\n'.length);
    expect(marked(results)).toEqual(['profit', 'profitable', 'prifit']);
  });

  it('ranks a passage that says the words more often, and needs every word of the query', () => {
    const index = createSearchIndex();
    putSource(index, source('once', 'Revenue rose while costs fell in the north.'));
    putSource(index, source('twice', 'Revenue rose. Revenue and costs were up, then revenue fell again.'));
    putSource(index, source('half', 'Revenue alone is here.'));
    const results = searchLibrary(index, 'revenue costs');
    expect(results.groups.map((g) => g.sourceId)).toEqual(['twice', 'once']);
  });

  it('matches a quoted phrase only word for word, in order', () => {
    const index = createSearchIndex();
    putSource(index, source('phrase', 'The net profit fell.'));
    putSource(index, source('apart', 'Profit, net of tax, fell.'));
    putSource(index, source('sentence', 'It was net. Profit came later.'));
    const results = searchLibrary(index, '"net profit"');
    expect(results.groups.map((g) => g.sourceId)).toEqual(['phrase']);
    expect(marked(results)).toEqual(['net profit']);
    // Curly quotes from a word processor are quotes too; a phrase does not take typos.
    expect(searchLibrary(index, '“net profit”').groups).toHaveLength(1);
    expect(searchLibrary(index, '"net proift"').groups).toHaveLength(0);
  });

  it('searches claims by quote, statement, note and tag name, and says where it found them', () => {
    const index = createSearchIndex();
    putSource(index, source('s', 'Turnover was £8.5m.'));
    putClaim(index, claim('c1', 's', { quote: '£8.5m', statement: 'Turnover was £8.5m.' }));
    putClaim(index, claim('c2', 's', { quote: 'x', note: 'check the turnover against filings' }));
    putClaim(index, claim('c3', 's', { quote: 'y', tagIds: ['t'], tagNames: ['Turnover'] }));
    const results = searchLibrary(index, 'turnover');
    const byId = new Map(results.claims.map((c) => [c.claimId, c]));
    expect(byId.get('c1')?.field).toBe('statement');
    expect(byId.get('c2')?.field).toBe('note');
    expect(byId.get('c3')?.field).toBe('tags');
    // The tag says what a claim is about, so it ranks above a mention in a note.
    expect(results.claims[0]!.claimId).toBe('c3');
    expect(results.groups.map((g) => g.sourceId)).toEqual(['s']);
  });

  it('filters by source format and by tag', () => {
    const index = createSearchIndex();
    putSource(index, source('t', 'Emissions fell.', 'txt'));
    putSource(index, source('p', 'Emissions rose.', 'pdf'));
    putClaim(
      index,
      claim('c', 'p', { statement: 'Emissions rose', tagIds: ['climate'], tagNames: ['Climate'] }),
    );
    expect(searchLibrary(index, 'emissions', { format: 'pdf' }).groups.map((g) => g.sourceId)).toEqual(['p']);
    const tagged = searchLibrary(index, 'emissions', { tagId: 'climate' });
    expect(tagged.groups.map((g) => g.sourceId)).toEqual(['p']);
    expect(tagged.claims.map((c) => c.claimId)).toEqual(['c']);
    expect(searchLibrary(index, 'emissions', { format: 'txt' }).claims).toEqual([]);
  });

  it('forgets a removed source or claim and sees a replaced one as it is now', () => {
    const index = createSearchIndex();
    putSource(index, source('a', 'Old wording about dividends.'));
    putClaim(index, claim('c', 'a', { statement: 'dividends paid' }));
    putSource(index, source('a', 'New wording about buybacks.'));
    expect(searchLibrary(index, 'dividends').groups).toEqual([]);
    expect(searchLibrary(index, 'buybacks').groups).toHaveLength(1);
    dropClaim(index, 'c');
    expect(searchLibrary(index, 'dividends').claims).toEqual([]);
    dropSource(index, 'a');
    expect(searchLibrary(index, 'buybacks').groups).toEqual([]);
  });

  it('finds "profit" in the corpus, each snippet a slice of its source with the word marked', () => {
    const index = createSearchIndex();
    const texts = new Map<string, string>();
    for (const file of corpusDocumentFiles) {
      const text = readFileSync(file, 'utf8');
      texts.set(file, text);
      putSource(index, source(file, text));
    }
    const results = searchLibrary(index, 'profit');
    expect(results.groups.length).toBeGreaterThanOrEqual(3);
    for (const group of results.groups) {
      const text = texts.get(group.sourceId)!;
      for (const passage of group.passages) {
        const { snippet } = passage;
        expect(snippet.parts.map((p) => p.text).join('')).toBe(text.slice(snippet.start, snippet.end));
        expect(snippet.parts.some((p) => p.marked && /^profit/i.test(p.text))).toBe(true);
        expect(passage.start).toBeLessThanOrEqual(snippet.start);
        expect(passage.end).toBeGreaterThanOrEqual(snippet.end);
      }
    }
  });

  it('ranks the best of a very common word as MiniSearch does, without scoring every document', () => {
    const index = createSearchIndex();
    // 80 passages with "profit" (so it is a common word), each with its own count and length.
    for (let i = 0; i < 80; i += 1) {
      const filler = Array.from({ length: 3 + ((i * 7) % 23) }, (_, k) => `word${k}`).join(' ');
      putSource(index, source(`s${i}`, `${'profit '.repeat(1 + (i % 4))}${filler}.`));
    }
    putClaim(index, claim('c', 's0', { statement: 'profit profit' }));
    const all = searchLibrary(index, 'profit');
    const few = searchLibrary(
      index,
      'profit',
      {},
      { maxGroups: 50, maxPassages: 300, perSource: 5, maxClaims: 50, maxExamined: 8 },
    );
    expect(few.partial).toBe(true);
    const order = (r: SearchResults) => [
      ...r.groups.map((g) => g.sourceId),
      ...r.claims.map((c) => c.claimId),
    ];
    const best = order(few);
    expect(best.length).toBeGreaterThan(4);
    expect(order(all).filter((id) => best.includes(id))).toEqual(best);
    expect(order(all).slice(0, 4)).toEqual(best.filter((id) => id !== 'c').slice(0, 4));
  });

  it('returns nothing for an empty query', () => {
    const index = createSearchIndex();
    putSource(index, source('a', 'Some text.'));
    expect(searchLibrary(index, '  " " ').groups).toEqual([]);
  });
});
