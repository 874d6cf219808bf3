// Saving an edit against the version its form was opened on: two windows on one library. A version saved
// elsewhere since, or a delete since, is reported and nothing is written; "keep mine" writes the edit as the
// newer version and keeps the other window's version as an open conflict.
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import { deleteClaim, saveClaim } from '../../../src/renderer/storage/claims';
import { saveClaimIfUnchanged, saveClaimKeepingOther } from '../../../src/renderer/storage/claim-versions';
import { adoptOtherVersion, listOpenConflicts } from '../../../src/renderer/storage/conflicts';
import { listWholeSources } from '../../../src/renderer/storage/sources';
import { importFiles, freshStore, readCorpusFile } from './storage-kit';

async function storeWithClaim() {
  const { store } = freshStore();
  const { researcher } = await importFiles(store, [readCorpusFile('documents', (n) => n.endsWith('.txt'))]);
  const [source] = await listWholeSources(store);
  if (!source) throw new Error('import failed');
  const actor = { researcherId: researcher.id };
  const claim = await saveClaim(
    store,
    {
      sourceId: source.id,
      target: { source: source.id, selector: describeRange(source.text, 4, 40) },
      kind: 'quote',
      fields: {},
      statement: '',
      tagIds: [],
      note: 'first',
    },
    actor,
  );
  const edit = (note: string) => ({ ...claim, note });
  return { store, actor, claim, edit };
}

describe('saving a claim against the version the form opened on', () => {
  it('saves when the claim is unchanged since the form opened', async () => {
    const { store, actor, claim, edit } = await storeWithClaim();
    const result = await saveClaimIfUnchanged(store, edit('mine'), claim.updatedAt, actor);
    expect(result.status).toBe('saved');
    expect((await store.db.claims.get(claim.id))?.note).toBe('mine');
  });

  it('refuses, naming the newer version, when another window saved since', async () => {
    const { store, actor, claim, edit } = await storeWithClaim();
    const theirs = await saveClaim(store, edit('theirs'), actor);
    const result = await saveClaimIfUnchanged(store, edit('mine'), claim.updatedAt, actor);
    expect(result).toEqual({ status: 'changed', current: theirs });
    expect((await store.db.claims.get(claim.id))?.note).toBe('theirs');
    expect(await listOpenConflicts(store)).toHaveLength(0);
  });

  it('refuses, and does not resurrect, a claim deleted since', async () => {
    const { store, actor, claim, edit } = await storeWithClaim();
    await deleteClaim(store, claim.id, actor);
    const result = await saveClaimIfUnchanged(store, edit('mine'), claim.updatedAt, actor);
    expect(result.status).toBe('deleted');
    const stored = await store.db.claims.get(claim.id);
    expect(stored?.deleted).toBe(true);
    expect(stored?.note).toBe('first');
  });

  it('"keep mine" writes mine as the newer version and keeps theirs as a conflict to adopt', async () => {
    const { store, actor, claim, edit } = await storeWithClaim();
    const theirs = await saveClaim(store, edit('theirs'), actor);
    const mine = await saveClaimKeepingOther(store, edit('mine'), claim.updatedAt, actor);
    expect(mine.note).toBe('mine');
    expect(mine.updatedAt > theirs.updatedAt).toBe(true);
    const [open, ...rest] = await listOpenConflicts(store);
    expect(rest).toHaveLength(0);
    expect(open?.lost).toEqual(theirs);
    expect(open?.current).toEqual(mine);
    if (!open) return;
    await adoptOtherVersion(store, open.id, actor);
    expect((await store.db.claims.get(claim.id))?.note).toBe('theirs');
  });

  it('"restore with my changes" brings a deleted claim back with the edit, keeping no conflict', async () => {
    const { store, actor, claim, edit } = await storeWithClaim();
    const deleted = await deleteClaim(store, claim.id, actor);
    const restored = await saveClaimKeepingOther(store, edit('mine'), claim.updatedAt, actor);
    expect(restored.deleted).toBe(false);
    expect(restored.note).toBe('mine');
    expect(restored.updatedAt > deleted.updatedAt).toBe(true);
    expect(await listOpenConflicts(store)).toHaveLength(0);
  });

  it('"keep mine" over an unchanged claim keeps no conflict', async () => {
    const { store, actor, claim, edit } = await storeWithClaim();
    await saveClaimKeepingOther(store, edit('mine'), claim.updatedAt, actor);
    expect(await listOpenConflicts(store)).toHaveLength(0);
  });
});
