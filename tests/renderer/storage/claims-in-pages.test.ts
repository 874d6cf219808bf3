// A source's claims read a page at a time by where they start: the same claims, in the same order, as the
// single read through the status index, whatever the page size, including when more claims start at one
// place than a page holds; and a claim missing from the position index is still read.
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../scripts/scale/generate-library.mjs';
import type { Claim } from '../../../src/core/model/records';
import { listClaimsOfSourceInPages } from '../../../src/renderer/storage/claims-in-pages';
import { importLibrary } from '../../../src/renderer/storage/library-exchange';
import { listClaimsOfSource } from '../../../src/renderer/storage/listed-claims';
import { freshStore } from './storage-kit';

const SHOWN = ['accepted', 'verified', 'suggested'] as const;
const ids = (claims: readonly Claim[]) => claims.map((c) => c.id);

async function storeWith(claimsPerSource: number, sameStart: number) {
  const { store } = freshStore();
  const library = buildLibrary({
    seed: 21,
    sources: 2,
    claims: claimsPerSource * 2,
    sourceChars: 8_000,
    tags: 4,
  });
  const source = library.sources[0]!;
  // Copies of one claim, all starting where it does: more than a page of them.
  const model = library.claims.find(
    (c) => c.sourceId === source.id && c.status === 'accepted' && !c.deleted,
  )!;
  const copies = Array.from({ length: sameStart }, (_, i) => ({ ...model, id: `${model.id}-copy-${i}` }));
  expect((await importLibrary(store, { ...library, claims: [...library.claims, ...copies] })).ok).toBe(true);
  return { store, sourceId: source.id };
}

describe("a source's claims read in pages", () => {
  it('reads what the status index reads, in the same order, for any page size', async () => {
    const { store, sourceId } = await storeWith(400, 23);
    const whole = await listClaimsOfSource(store, sourceId, SHOWN);
    expect(whole.length).toBeGreaterThan(300);
    for (const pageSize of [1, 5, 7, 64, 5_000]) {
      const paged = await listClaimsOfSourceInPages(store, sourceId, SHOWN, pageSize);
      expect(ids(paged), `pages of ${pageSize}`).toEqual(ids(whole));
    }
    const listed = await listClaimsOfSourceInPages(store, sourceId, ['accepted', 'verified'], 9);
    expect(ids(listed)).toEqual(ids(await listClaimsOfSource(store, sourceId, ['accepted', 'verified'])));
  });

  it('still reads a claim the position index lacks', async () => {
    const { store, sourceId } = await storeWith(50, 0);
    const whole = await listClaimsOfSource(store, sourceId, SHOWN);
    // A record written around the storage layer, as an older app's might be: no derived field.
    const raw = store.db.backendDB().transaction('claims', 'readwrite').objectStore('claims');
    const stray = { ...whole[0]!, id: 'stray-claim', createdAt: '2999-01-01T00:00:00.000Z' };
    await new Promise((done) => (raw.put(stray).onsuccess = done));
    const paged = await listClaimsOfSourceInPages(store, sourceId, SHOWN, 8);
    expect(ids(paged)).toEqual(['stray-claim', ...ids(whole)]);
  });
});
