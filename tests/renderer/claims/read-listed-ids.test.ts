// What the Claims list is told for its filters (the worker's read, and the watch the list holds, here in
// the page since Node has no workers): the listed ids newest first, the number listed in all beside a
// narrowed list, nothing for a filter that cannot match, and a deletion as it happens.
import { describe, expect, it } from 'vitest';
import { isCitableClaim } from '../../../src/core/briefing/citable-claims';
import type { Claim, ClaimStatus } from '../../../src/core/model/records';
import { watchListedIds } from '../../../src/renderer/features/claims/listed-ids-in-worker';
import { readListedIds, type ListedIds } from '../../../src/renderer/features/claims/read-listed-ids';
import { deleteClaim } from '../../../src/renderer/storage/claims';
import { closeStore, type Store } from '../../../src/renderer/storage/database';
import { putSources } from '../../../src/renderer/storage/source-texts';
import { FIRST_DOC, makeClaim, makeCorpusSource } from '../../core/exchange/library-builders';
import { freshStore } from '../storage/storage-kit';

const source = makeCorpusSource(FIRST_DOC);
const STATUSES: ClaimStatus[] = ['accepted', 'suggested', 'verified', 'rejected'];
const claims: Claim[] = Array.from({ length: 30 }, (_, i) =>
  makeClaim(source, '£11.22m', {
    id: `claim-${String(i).padStart(2, '0')}`,
    status: STATUSES[i % STATUSES.length]!,
    kind: i % 3 === 0 ? 'quote' : 'figure',
    createdAt: `2026-01-01T00:00:${String(i).padStart(2, '0')}.000Z`,
    deleted: i === 4,
  }),
);
const listed = claims.filter(isCitableClaim).reverse();

async function libraryStore(): Promise<Store> {
  const { store } = freshStore();
  await putSources(store.db, [source]);
  await store.db.claims.bulkAdd(claims);
  return store;
}

describe('the ids the Claims list is told', () => {
  it('are the listed claims newest first, with the number listed in all beside a narrowed list', async () => {
    const store = await libraryStore();
    expect(await readListedIds(store, {})).toEqual({ ids: listed.map((c) => c.id), total: listed.length });
    const quotes = listed.filter((c) => c.kind === 'quote').map((c) => c.id);
    expect(quotes.length).toBeGreaterThan(0);
    expect(await readListedIds(store, { kind: 'quote' })).toEqual({ ids: quotes, total: listed.length });
    expect(await readListedIds(store, null)).toEqual({ ids: [], total: listed.length });
    closeStore(store);
  });

  it('follow a deletion while the list watches', async () => {
    const store = await libraryStore();
    const seen: ListedIds[] = [];
    const stop = watchListedIds(store, {}, { next: (l) => seen.push(l), error: (e) => expect.fail(e) });
    const waitFor = async (test: (l: ListedIds) => boolean) => {
      for (let i = 0; i < 200 && !(seen.length && test(seen.at(-1)!)); i++)
        await new Promise((r) => setTimeout(r, 5));
      return seen.at(-1);
    };
    expect((await waitFor((l) => l.total === listed.length))?.ids).toEqual(listed.map((c) => c.id));
    const gone = listed[0]!.id;
    await deleteClaim(store, gone, { researcherId: 'r-test' });
    const after = await waitFor((l) => l.total === listed.length - 1);
    expect(after?.ids).toEqual(listed.slice(1).map((c) => c.id));
    stop();
    closeStore(store);
  });
});
