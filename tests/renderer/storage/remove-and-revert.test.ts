// Removing a source takes its claims with it as tombstones (so merges carry the removal) and Undo brings
// them all back as newer versions; undoing an edit writes the earlier content back as a newer version. The
// library stays valid for export throughout.
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { parseBundle } from '../../../src/core/exchange/parse-bundle';
import { getClaim, listClaims, revertClaim, saveClaim } from '../../../src/renderer/storage/claims';
import { readLibrary } from '../../../src/renderer/storage/library-exchange';
import { listWholeSources, removeSource, restoreSource } from '../../../src/renderer/storage/sources';
import { freshStore, importFiles, readCorpusFile } from './storage-kit';

/** Whether the library, exported as a bundle, would import again. */
async function exportsCleanly(store: Parameters<typeof readLibrary>[0]) {
  const json = serialiseBundle(createBundle(await readLibrary(store), new Date().toISOString()));
  return parseBundle(json);
}

async function libraryWithClaims() {
  const { store } = freshStore();
  const { researcher } = await importFiles(store, [
    readCorpusFile('documents', (n) => n.startsWith('000')),
    readCorpusFile('documents', (n) => n.startsWith('001')),
  ]);
  const [a, b] = await listWholeSources(store);
  if (!a || !b) throw new Error('import failed');
  const actor = { researcherId: researcher.id };
  const claimOn = (sourceId: string, text: string, start: number, end: number) =>
    saveClaim(
      store,
      {
        sourceId,
        target: { source: sourceId, selector: describeRange(text, start, end) },
        kind: 'quote',
        fields: {},
        statement: '',
        tagIds: [],
        note: '',
      },
      actor,
    );
  const onA = [await claimOn(a.id, a.text, 0, 30), await claimOn(a.id, a.text, 40, 90)];
  const onB = await claimOn(b.id, b.text, 0, 20);
  return { store, actor, a, b, onA, onB };
}

describe('removeSource and restoreSource', () => {
  it('removes a source with its claims only, and Undo brings exactly those back', async () => {
    const { store, actor, a, b, onA, onB } = await libraryWithClaims();
    const removed = await removeSource(store, a.id, actor);
    expect(removed.sort()).toEqual(onA.map((c) => c.id).sort());
    expect((await listWholeSources(store)).map((s) => s.id)).toEqual([b.id]);
    expect((await listClaims(store)).map((c) => c.id)).toEqual([onB.id]);

    // Tombstones, not deletions: a merge elsewhere must learn of the removal.
    const tomb = await store.db.sources.get(a.id);
    expect(tomb?.deleted).toBe(true);
    expect(tomb!.updatedAt > a.updatedAt).toBe(true);

    await restoreSource(store, a.id, removed, actor);
    expect((await listWholeSources(store)).map((s) => s.id).sort()).toEqual([a.id, b.id].sort());
    expect((await listClaims(store)).length).toBe(3);
    const back = await store.db.sources.get(a.id);
    expect(back!.deleted).toBe(false);
    expect(back!.updatedAt > tomb!.updatedAt).toBe(true);
  });

  it('keeps the library valid for export after a removal and after its undo', async () => {
    const { store, actor, a } = await libraryWithClaims();
    const removed = await removeSource(store, a.id, actor);
    expect(await exportsCleanly(store)).toMatchObject({ ok: true });
    await restoreSource(store, a.id, removed, actor);
    expect(await exportsCleanly(store)).toMatchObject({ ok: true });
  });

  it('refuses to remove a source that is not there', async () => {
    const { store, actor, a } = await libraryWithClaims();
    await removeSource(store, a.id, actor);
    await expect(removeSource(store, a.id, actor)).rejects.toThrow('not in the library');
  });
});

describe('revertClaim', () => {
  it('writes the version from before an edit back as a newer version', async () => {
    const { store, actor, a, onA } = await libraryWithClaims();
    const before = onA[0]!;
    const edited = await saveClaim(
      store,
      { ...before, id: before.id, fields: {}, note: 'changed my mind', tagIds: [] },
      actor,
    );
    expect(edited.note).toBe('changed my mind');
    const reverted = await revertClaim(store, before, actor);
    expect(reverted.note).toBe(before.note);
    expect(reverted.updatedAt > edited.updatedAt).toBe(true);
    expect((await getClaim(store, before.id))?.note).toBe(before.note);
    expect(a.id).toBe(before.sourceId);
  });
});
