// Claims in IndexedDB: saved with selectors from the stored text, listed, deleted as tombstones and restored
// by Undo as a newer version; tags created on the fly; everything found again after reopening the database.
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import { deleteClaim, listClaims, restoreClaim, saveClaim } from '../../../src/renderer/storage/claims';
import { closeStore, openStore } from '../../../src/renderer/storage/database';
import { ensureTags, listTags } from '../../../src/renderer/storage/tags';
import { TAG_PALETTE } from '../../../src/renderer/storage/tag-palette';
import { listWholeSources } from '../../../src/renderer/storage/sources';
import { ensureLocalResearcher } from '../../../src/renderer/storage/researchers';
import { freshStore, importFiles, readCorpusFile } from './storage-kit';

async function storeWithSource() {
  const { store, name } = freshStore();
  const { researcher } = await importFiles(store, [readCorpusFile('documents', (n) => n.endsWith('.txt'))]);
  const [source] = await listWholeSources(store);
  if (!source) throw new Error('import failed');
  return { store, name, researcher, source };
}

function quoteDraft(sourceId: string, text: string, start: number, end: number) {
  return {
    sourceId,
    target: { source: sourceId, selector: describeRange(text, start, end) },
    kind: 'quote' as const,
    fields: {},
    statement: '',
    tagIds: [],
    note: '',
  };
}

describe('claims storage', () => {
  it('saves a claim as accepted, by the local researcher, and lists it', async () => {
    const { store, researcher, source } = await storeWithSource();
    const saved = await saveClaim(store, quoteDraft(source.id, source.text, 4, 40), {
      researcherId: researcher.id,
    });
    expect(saved.status).toBe('accepted');
    expect(saved.createdBy).toBe(researcher.id);
    expect(saved.target.selector[0].exact).toBe(source.text.slice(4, 40));
    expect(saved.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 4, end: 40 });
    expect(await listClaims(store)).toEqual([saved]);
  });

  it('editing keeps the id and creation stamp and moves updatedAt forward', async () => {
    const { store, researcher, source } = await storeWithSource();
    const actor = { researcherId: researcher.id, now: '2030-01-01T00:00:00.000Z' };
    const first = await saveClaim(store, quoteDraft(source.id, source.text, 0, 10), actor);
    const edited = await saveClaim(
      store,
      { ...quoteDraft(source.id, source.text, 0, 10), id: first.id, note: 'x' },
      actor,
    );
    expect(edited.id).toBe(first.id);
    expect(edited.createdAt).toBe(first.createdAt);
    expect(edited.updatedAt > first.updatedAt).toBe(true);
    expect(await listClaims(store)).toHaveLength(1);
  });

  it('delete leaves a tombstone and undo writes a newer live version', async () => {
    const { store, researcher, source } = await storeWithSource();
    const actor = { researcherId: researcher.id, now: '2030-01-01T00:00:00.000Z' };
    const claim = await saveClaim(store, quoteDraft(source.id, source.text, 0, 10), actor);
    const tomb = await deleteClaim(store, claim.id, actor);
    expect(await listClaims(store)).toEqual([]);
    expect(tomb.deleted).toBe(true);
    expect(tomb.updatedAt > claim.updatedAt).toBe(true);
    expect(await store.db.claims.get(claim.id)).toMatchObject({ deleted: true });
    const back = await restoreClaim(store, claim.id, actor);
    expect(back.deleted).toBe(false);
    expect(back.updatedAt > tomb.updatedAt).toBe(true);
    expect((await listClaims(store)).map((c) => c.id)).toEqual([claim.id]);
  });

  it('creates tags on the fly, reuses them by name ignoring case, and gives palette colours', async () => {
    const { store } = freshStore();
    const actor = { researcherId: 'r1' };
    const [budget, trusts] = await ensureTags(store, ['Budget', ' trusts '], actor);
    expect(budget?.name).toBe('Budget');
    expect(trusts?.name).toBe('trusts');
    expect(budget?.colour).toBe(TAG_PALETTE[0]);
    expect(trusts?.colour).toBe(TAG_PALETTE[1]);
    const again = await ensureTags(store, ['budget', '', 'BUDGET'], actor);
    expect(again.map((t) => t.id)).toEqual([budget?.id]);
    expect((await listTags(store)).map((t) => t.name)).toEqual(['Budget', 'trusts']);
  });

  it('finds everything again after the database is closed and reopened (a reload)', async () => {
    const { store, name, researcher, source } = await storeWithSource();
    const [tag] = await ensureTags(store, ['funding'], { researcherId: researcher.id });
    const claim = await saveClaim(
      store,
      { ...quoteDraft(source.id, source.text, 5, 25), tagIds: [tag!.id], note: 'check' },
      { researcherId: researcher.id },
    );
    closeStore(store);
    const reopened = openStore(name);
    expect((await ensureLocalResearcher(reopened)).id).toBe(researcher.id);
    expect((await listWholeSources(reopened)).map((s) => s.id)).toEqual([source.id]);
    expect(await listClaims(reopened)).toEqual([claim]);
    expect((await listTags(reopened)).map((t) => t.name)).toEqual(['funding']);
    closeStore(reopened);
  });
});
