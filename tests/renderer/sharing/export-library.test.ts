// "Export database" as the exchange worker (and the page without workers) runs it: the bundle holds the
// whole library whatever the Claims list shows; an interchange format narrowed to the list's filter holds
// exactly the claims the list's own query gives, and a filter that matches nothing holds none.
import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../../src/core/exchange/parse-bundle';
import type { Claim } from '../../../src/core/model/records';
import { exportLibrary } from '../../../src/renderer/features/sharing/export-library';
import { closeStore } from '../../../src/renderer/storage/database';
import { listListedClaimIds } from '../../../src/renderer/storage/listed-claims';
import { putSources } from '../../../src/renderer/storage/source-texts';
import { FIRST_DOC, makeClaim, makeCorpusSource, makeResearcher } from '../../core/exchange/library-builders';
import { freshStore } from '../storage/storage-kit';

const source = makeCorpusSource(FIRST_DOC);
const KINDS = ['figure', 'quote', 'date'] as const;
const claims: Claim[] = Array.from({ length: 30 }, (_, i) =>
  makeClaim(source, '£11.22m', {
    id: `claim-${String(i).padStart(2, '0')}`,
    kind: KINDS[i % 3],
    status: i % 5 === 0 ? 'suggested' : 'accepted',
  }),
);
const NOW = '2026-02-01T00:00:00.000Z';
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** The claim ids a CSV export lists (its first column). */
const csvIds = (bytes: Uint8Array) =>
  decode(bytes)
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(',')[0]);

async function libraryStore() {
  const { store } = freshStore();
  await store.db.researchers.add(makeResearcher());
  await putSources(store.db, [source]);
  await store.db.claims.bulkAdd(claims);
  return store;
}

describe('exportLibrary', () => {
  it('writes the whole library as a bundle, even when asked for the filtered claims only', async () => {
    const store = await libraryStore();
    const bytes = await exportLibrary(store, { choiceId: 'bundle', only: { kind: 'quote' }, now: NOW });
    const parsed = parseBundle(decode(bytes), { now: NOW });
    expect(parsed.ok && parsed.bundle.library.claims.map((c) => c.id).sort()).toEqual(
      claims.map((c) => c.id),
    );
    closeStore(store);
  });

  it("narrows an interchange export to the Claims list's own answer for the filter", async () => {
    const store = await libraryStore();
    const all = await exportLibrary(store, { choiceId: 'csv', now: NOW });
    const quotes = await exportLibrary(store, { choiceId: 'csv', only: { kind: 'quote' }, now: NOW });
    const none = await exportLibrary(store, { choiceId: 'csv', only: null, now: NOW });
    const listed = await listListedClaimIds(store, { kind: 'quote' });
    expect(listed.length).toBeGreaterThan(0);
    expect(csvIds(quotes).sort()).toEqual([...listed].sort());
    expect(csvIds(all).length).toBeGreaterThan(listed.length);
    expect(csvIds(none)).toEqual([]);
    closeStore(store);
  });
});
