// The Claims list, the library's counts and the codebook's counts read through the indexes give what the
// app used to work out from every claim in memory: for each filter, the same claims in the same order
// (newest first), counts equal to a full scan, and a live query sees a save and a delete at once.
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { isCitableClaim } from '../../../src/core/briefing/citable-claims';
import { descendantIds } from '../../../src/core/codebook/tag-tree';
import type { Claim, ClaimKind, ClaimStatus } from '../../../src/core/model/records';
import { filterClaims } from '../../../src/renderer/features/claims/claim-filters';
import { toListedFilter } from '../../../src/renderer/features/claims/listed-filter';
import type { ClaimFilters } from '../../../src/renderer/store/slices/filters';
import { deleteClaim, listClaims, saveClaim } from '../../../src/renderer/storage/claims';
import { closeStore, type Store } from '../../../src/renderer/storage/database';
import { putSources } from '../../../src/renderer/storage/source-texts';
import {
  countListedClaims,
  countListedClaimsByTags,
  listClaimsOfSource,
  listListedClaimIds,
} from '../../../src/renderer/storage/listed-claims';
import { FIRST_DOC, makeClaim, makeCorpusSource, makeTag } from '../../core/exchange/library-builders';
import { freshStore } from './storage-kit';

const first = makeCorpusSource(FIRST_DOC);
const second = makeCorpusSource('001_1e5035609ec9f0e3.txt');
const parent = makeTag({ id: 'tag-parent', name: 'Parent' });
const child = makeTag({ id: 'tag-child', name: 'Child', parentId: parent.id });
const other = makeTag({ id: 'tag-other', name: 'Other' });
const tags = [parent, child, other];
const STATUSES: ClaimStatus[] = ['accepted', 'verified', 'suggested', 'rejected', 'accepted'];
const KINDS: ClaimKind[] = ['figure', 'quote', 'date', 'stance'];
const TAG_SETS = [[], [parent.id], [child.id], [other.id, child.id], [other.id]];
// Several claims share a creation time, so the order among equals is tested too.
const created = (i: number) => `2026-01-01T00:00:${String(i % 17).padStart(2, '0')}.000Z`;

const claims: Claim[] = Array.from({ length: 120 }, (_, i) => {
  const source = i % 3 === 0 ? second : first;
  return makeClaim(source, source === first ? '£11.22m' : source.text.slice(0, 12), {
    id: `claim-${String((i * 37) % 120).padStart(3, '0')}`,
    status: STATUSES[i % STATUSES.length] as ClaimStatus,
    kind: KINDS[i % KINDS.length] as ClaimKind,
    tagIds: TAG_SETS[i % TAG_SETS.length] as string[],
    createdAt: created(i),
    updatedAt: created(i),
    deleted: i % 11 === 0,
  });
});

async function libraryStore(): Promise<Store> {
  const { store } = freshStore();
  await putSources(store.db, [first, second]);
  await store.db.tags.bulkAdd(tags);
  await store.db.claims.bulkAdd(claims);
  return store;
}

/** Every combination of the Claims list's filters, with a source open or not. */
function everyFilter(): { filters: ClaimFilters; open: string | null }[] {
  const out: { filters: ClaimFilters; open: string | null }[] = [];
  for (const kind of ['all', ...KINDS] as const)
    for (const tagId of ['all', parent.id, child.id, other.id])
      for (const withSubtags of [false, true])
        for (const source of ['all', 'open'] as const)
          for (const open of [null, first.id, second.id])
            out.push({ filters: { kind, tagId, source, withSubtags }, open });
  return out;
}

describe('listed claims by query', () => {
  it('lists, for every filter, the claims a full scan lists, in the same order', async () => {
    const store = await libraryStore();
    const all = await listClaims(store);
    for (const { filters, open } of everyFilter()) {
      const expected = filterClaims(all, filters, open, tags).map((c) => c.id);
      const query = toListedFilter(filters, open, tags);
      const ids = query === null ? [] : await listListedClaimIds(store, query);
      expect(ids, JSON.stringify({ filters, open })).toEqual(expected);
      if (query !== null) expect(await countListedClaims(store, query)).toBe(expected.length);
    }
    closeStore(store);
  });

  it('counts per source and per tag group as a full scan counts them', async () => {
    const store = await libraryStore();
    const listed = claims.filter(isCitableClaim);
    expect(await countListedClaims(store)).toBe(listed.length);
    for (const source of [first, second])
      expect(await countListedClaims(store, { sourceId: source.id })).toBe(
        listed.filter((c) => c.sourceId === source.id).length,
      );
    const groups = tags.map((t) => ({ key: t.id, tagIds: [...descendantIds(tags, t.id)] }));
    const counts = await countListedClaimsByTags(store, groups);
    for (const group of groups)
      expect(counts.get(group.key)).toBe(
        listed.filter((c) => c.tagIds.some((id) => group.tagIds.includes(id))).length,
      );
    expect(counts.get(parent.id)).toBeGreaterThan(counts.get(child.id) ?? Infinity);
    closeStore(store);
  });

  it("reads one source's claims of the given statuses, newest first, without tombstones", async () => {
    const store = await libraryStore();
    const all = await listClaims(store);
    for (const statuses of [['suggested'], ['accepted', 'verified']] as ClaimStatus[][]) {
      const expected = all.filter((c) => c.sourceId === second.id && statuses.includes(c.status));
      expect(await listClaimsOfSource(store, second.id, statuses)).toEqual(expected);
    }
    closeStore(store);
  });

  it('tells a live list of a save and a delete as they happen', async () => {
    const store = await libraryStore();
    const seen: string[][] = [];
    const subscription = liveQuery(() => listListedClaimIds(store, { sourceId: second.id })).subscribe({
      next: (ids) => seen.push(ids),
    });
    const waitFor = async (test: (ids: string[]) => boolean) => {
      for (let i = 0; i < 200 && !test(seen.at(-1) ?? []); i++) await new Promise((r) => setTimeout(r, 5));
      return seen.at(-1) ?? [];
    };
    const before = await waitFor((ids) => ids.length > 0);
    const quote = second.text.slice(0, 12);
    const added = await saveClaim(
      store,
      {
        sourceId: second.id,
        target: makeClaim(second, quote).target,
        kind: 'quote',
        fields: {},
        statement: 'New.',
        tagIds: [],
        note: '',
      },
      { researcherId: 'r-alice' },
    );
    expect(await waitFor((ids) => ids[0] === added.id)).toEqual([added.id, ...before]);
    const gone = before[0] as string;
    await deleteClaim(store, gone, { researcherId: 'r-alice' });
    expect(await waitFor((ids) => !ids.includes(gone))).toEqual([added.id, ...before.slice(1)]);
    subscription.unsubscribe();
    closeStore(store);
  });
});
