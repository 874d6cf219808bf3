// The cross-check worker reads the claims from IndexedDB itself: what it finds must be what the rule
// finds over the library the panes are given (live sources, listed claims), deletions included.
import { afterEach, describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../scripts/scale/generate-library.mjs';
import { isCitableClaim } from '../../../src/core/briefing/citable-claims';
import { findCrossChecks } from '../../../src/core/crosscheck/find-cross-checks';
import { readCrossCheckInputs } from '../../../src/renderer/features/crosscheck/read-cross-check-inputs';
import { listClaims } from '../../../src/renderer/storage/claims';
import type { Store } from '../../../src/renderer/storage/database';
import { listWholeSources } from '../../../src/renderer/storage/sources';
import { freshStore, putLibrary } from '../storage/storage-kit';

const opened: Store[] = [];

/** The cross-checks of what the worker reads from the database. */
async function crossChecksOf(store: Store) {
  const { claims, sources } = await readCrossCheckInputs(store);
  return findCrossChecks(claims, sources);
}
afterEach(() => {
  for (const store of opened.splice(0)) store.db.close();
});

describe('cross-checks read by their worker', () => {
  it('are the ones found over the library data, and follow a deleted source', async () => {
    const library = buildLibrary({ seed: 11, sources: 15, claims: 300, sourceChars: 2_000, tags: 5 });
    const { store } = freshStore();
    opened.push(store);
    await putLibrary(store, library);

    const fromLibraryData = async () => {
      const [claims, sources] = await Promise.all([listClaims(store), listWholeSources(store)]);
      const live = new Set(sources.map((s) => s.id));
      return findCrossChecks(
        claims.filter((c) => isCitableClaim(c) && live.has(c.sourceId)),
        sources,
      );
    };
    const before = await crossChecksOf(store);
    const found = before.corroborations.length + before.conflicts.length + before.sums.length;
    expect(found).toBeGreaterThan(0);
    expect(before).toEqual(await fromLibraryData());

    const firstClaim = [...before.corroborations, ...before.conflicts, ...before.sums][0]!.claimIds[0]!;
    const claim = (await store.db.claims.get(firstClaim))!;
    const source = (await store.db.sources.get(claim.sourceId))!;
    await store.db.sources.put({ ...source, deleted: true });
    const after = await crossChecksOf(store);
    expect(after).not.toEqual(before);
    expect(after).toEqual(await fromLibraryData());
  });
});
