// The search worker reads the library from IndexedDB itself: its first read indexes every live source
// and searchable claim, and each later read only what changed since (an edited claim, a renamed tag on
// its claims, a deleted source), so the index follows the database without the window sending anything.
import { afterEach, describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../scripts/scale/generate-library.mjs';
import { isSearchableClaim } from '../../../src/core/search/search-records';
import { createIndexDiffer, readSearchLibrary } from '../../../src/renderer/features/search/watch-library';
import type { Store } from '../../../src/renderer/storage/database';
import { freshStore, putLibrary } from '../storage/storage-kit';

const opened: Store[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.db.close();
});

describe('the search worker’s reads of the library', () => {
  it('index everything at first, then only what changed', async () => {
    const library = buildLibrary({ seed: 4, sources: 10, claims: 120, sourceChars: 1_500, tags: 4 });
    const { store } = freshStore();
    opened.push(store);
    const { db } = store;
    await putLibrary(store, library);
    const differ = createIndexDiffer();

    const first = differ(await readSearchLibrary(store));
    const liveSources = library.sources.filter((s) => !s.deleted).map((s) => s.id);
    expect(first.putSources.map((s) => s.id).sort()).toEqual(liveSources.sort());
    const searchable = library.claims.filter((c) => !c.deleted && isSearchableClaim(c));
    expect(first.putClaims.map((c) => c.id).sort()).toEqual(searchable.map((c) => c.id).sort());
    expect(differ(await readSearchLibrary(store))).toEqual({
      putSources: [],
      dropSources: [],
      putClaims: [],
      dropClaims: [],
    });

    const edited = searchable[0]!;
    await db.claims.put({
      ...edited,
      note: 'checked against the minutes',
      updatedAt: '2030-01-01T00:00:00.000Z',
    });
    const gone = liveSources[0]!;
    await db.sources.update(gone, { deleted: true });
    const next = differ(await readSearchLibrary(store));
    expect(next.putClaims.map((c) => c.id)).toEqual([edited.id]);
    expect(next.putClaims[0]!.note).toBe('checked against the minutes');
    expect(next.dropSources).toEqual([gone]);
    expect(next.putSources).toEqual([]);
  });
});
