// The index of claims by where they start in their source's text: every way a claim is written (saved,
// edited, moved to another passage, tagged, imported, merged, pulled by sync, deleted and restored with its
// source or alone, undone) leaves it in the index at its stored start, the derived field never shows in a
// record read back (bundles and sync stay as they were), and the range read returns what a full scan would.
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../scripts/scale/generate-library.mjs';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import type { Claim } from '../../../src/core/model/records';
import { validateLibrary } from '../../../src/core/exchange/validate-library';
import { emptyLibrary } from '../../../src/core/sync/sync-documents';
import { deleteClaim, restoreClaim, revertClaim, saveClaim } from '../../../src/renderer/storage/claims';
import { saveClaimIfUnchanged } from '../../../src/renderer/storage/claim-versions';
import { CLAIMS_BY_TEXT_START } from '../../../src/renderer/storage/claim-text-start';
import type { Store } from '../../../src/renderer/storage/database';
import { importLibrary, readLibrary } from '../../../src/renderer/storage/library-exchange';
import { listClaimsOfSourceBetween } from '../../../src/renderer/storage/listed-claims';
import { reattachClaim } from '../../../src/renderer/storage/source-versions';
import { removeSource, restoreSource, listWholeSources } from '../../../src/renderer/storage/sources';
import { toggleClaimTag } from '../../../src/renderer/storage/codebook';
import { ensureTags } from '../../../src/renderer/storage/tags';
import { createSyncLibrary } from '../../../src/renderer/storage/sync-library';
import { freshStore, importWithQuote } from './storage-kit';

const startOf = (claim: Claim) => claim.target.selector[1].start;

/** The index as stored: "id@sourceId:start" for every entry, sorted. */
async function indexEntries(store: Store): Promise<string[]> {
  const index = store.db.claims.orderBy(CLAIMS_BY_TEXT_START);
  const [keys, ids] = await Promise.all([index.keys(), index.primaryKeys()]);
  return ids.map((id, i) => `${id}@${(keys[i] as unknown as [string, number]).join(':')}`).sort();
}

/** What the index must hold: each stored claim once, at its position selector's start. */
async function expectIndexRight(store: Store): Promise<void> {
  const claims = await store.db.claims.toArray();
  expect(claims.length).toBeGreaterThan(0);
  expect(claims.filter((c) => 'textStart' in c)).toEqual([]);
  expect(await indexEntries(store)).toEqual(claims.map((c) => `${c.id}@${c.sourceId}:${startOf(c)}`).sort());
}

async function libraryWithClaim() {
  const { store } = freshStore();
  const claim = await importWithQuote(store, { note: 'first' });
  const [source] = await listWholeSources(store);
  const actor = { researcherId: claim.createdBy };
  return { store, claim, source: source!, actor };
}

const later = (claim: Claim, ms: number): string => new Date(Date.parse(claim.updatedAt) + ms).toISOString();

describe('claims indexed by where they start in their text', () => {
  it('keeps a claim at its stored start through save, edit, move, delete, restore and undo', async () => {
    const { store, claim, source, actor } = await libraryWithClaim();
    await expectIndexRight(store);
    expect(await indexEntries(store)).toEqual([`${claim.id}@${source.id}:0`]);

    const moved = describeRange(source.text, 40, 90);
    const draft = { ...claim, target: { source: source.id, selector: moved } };
    const edited = await saveClaimIfUnchanged(store, draft, claim.updatedAt, actor);
    expect(edited.status).toBe('saved');
    expect(await indexEntries(store)).toEqual([`${claim.id}@${source.id}:40`]);

    await reattachClaim(
      store,
      claim.id,
      { source: source.id, selector: describeRange(source.text, 120, 150) },
      actor,
    );
    expect(await indexEntries(store)).toEqual([`${claim.id}@${source.id}:120`]);

    await deleteClaim(store, claim.id, actor);
    await restoreClaim(store, claim.id, actor);
    await expectIndexRight(store);

    // Undo of the edits: the first version's passage, written back as a newer version.
    await revertClaim(store, claim, actor);
    expect(await indexEntries(store)).toEqual([`${claim.id}@${source.id}:0`]);

    const second = await saveClaim(
      store,
      {
        ...draft,
        id: undefined,
        target: { source: source.id, selector: describeRange(source.text, 300, 340) },
      },
      actor,
    );
    expect(await indexEntries(store)).toEqual(
      [`${claim.id}@${source.id}:0`, `${second.id}@${source.id}:300`].sort(),
    );
  });

  it('keeps a claim indexed through a tag toggle, and a source removed with its claims and brought back', async () => {
    const { store, claim, source, actor } = await libraryWithClaim();
    const [tag] = await ensureTags(store, ['roads'], actor);
    await toggleClaimTag(store, claim.id, tag!.id, actor);
    await expectIndexRight(store);
    const removed = await removeSource(store, source.id, actor);
    await expectIndexRight(store);
    await restoreSource(store, source.id, removed, actor);
    await expectIndexRight(store);
    expect(await indexEntries(store)).toEqual([`${claim.id}@${source.id}:0`]);
  });

  it('indexes claims imported whole, merged in as newer versions, and pulled by sync', async () => {
    const { store, claim, source } = await libraryWithClaim();
    const library = buildLibrary({ seed: 7, sources: 6, claims: 300, sourceChars: 3_000, tags: 5 });
    expect((await importLibrary(store, library)).ok).toBe(true);
    await expectIndexRight(store);

    // A merge: the same claims, edited elsewhere to start somewhere else, arrive as newer versions.
    const read = await readLibrary(store);
    expect(validateLibrary(read).ok).toBe(true);
    const edited = read.claims.slice(0, 50).map((c) => {
      const text = read.sources.find((s) => s.id === c.sourceId)!.text;
      return {
        ...c,
        target: { ...c.target, selector: describeRange(text, 10, 30) },
        updatedAt: later(c, 60_000),
      };
    });
    expect((await importLibrary(store, { ...read, claims: edited })).ok).toBe(true);
    await expectIndexRight(store);
    expect(await indexEntries(store)).toContain(`${edited[0]!.id}@${edited[0]!.sourceId}:10`);

    // Sync pull.
    const pulled = {
      ...claim,
      target: { source: source.id, selector: describeRange(source.text, 500, 530) },
    };
    await createSyncLibrary(store).writeMerged({
      records: { ...emptyLibrary(), claims: [{ ...pulled, updatedAt: later(claim, 90_000) }] },
      conflicts: [],
    });
    await expectIndexRight(store);
    expect(await indexEntries(store)).toContain(`${claim.id}@${source.id}:500`);
    // What leaves the database is the record as the model has it: exported libraries still validate.
    expect(validateLibrary(await readLibrary(store)).ok).toBe(true);
  });

  it('reads the claims of a stretch of a source as a full scan would find them', async () => {
    const { store } = freshStore();
    const library = buildLibrary({ seed: 8, sources: 3, claims: 600, sourceChars: 20_000, tags: 5 });
    expect((await importLibrary(store, library)).ok).toBe(true);
    const sourceId = library.sources[0]!.id;
    const statuses = ['accepted', 'verified'] as const;
    for (const range of [
      { from: 0, to: 5_000 },
      { from: 4_000, to: 12_000 },
      { from: 19_000, to: 1e9 },
    ]) {
      const read = await listClaimsOfSourceBetween(store, sourceId, range, statuses);
      const scanned = library.claims.filter(
        (c) =>
          c.sourceId === sourceId &&
          !c.deleted &&
          statuses.includes(c.status as (typeof statuses)[number]) &&
          startOf(c) >= range.from &&
          startOf(c) < range.to,
      );
      expect(scanned.length).toBeGreaterThan(0);
      expect(read.map((c) => c.id).sort()).toEqual(scanned.map((c) => c.id).sort());
      expect(read.map(startOf)).toEqual(read.map(startOf).sort((a, b) => a - b));
    }
  });
});
