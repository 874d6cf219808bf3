// The codebook's writes on a real (fake-indexeddb) database: a merge retags the claims and Undo writes
// them back as newer versions; the keys' toggle; a CSV import that creates and updates tags and refuses a
// bad file without writing. The library stays valid for export throughout.
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import { validateLibrary } from '../../../src/core/exchange/validate-library';
import { listClaims, saveClaim } from '../../../src/renderer/storage/claims';
import {
  addTag,
  deleteCodebookTag,
  exportCodebook,
  importCodebook,
  mergeCodebookTags,
  revertCodebookChange,
  toggleClaimTag,
} from '../../../src/renderer/storage/codebook';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { importDatabase, readLibrary } from '../../../src/renderer/storage/library-exchange';
import { listWholeSources } from '../../../src/renderer/storage/sources';
import { listTags } from '../../../src/renderer/storage/tags';
import { freshStore, importFiles, readCorpusFile } from './storage-kit';

async function setUp() {
  const { store } = freshStore();
  const { researcher } = await importFiles(store, [readCorpusFile('documents', (n) => n.startsWith('000'))]);
  const [source] = await listWholeSources(store);
  if (!source) throw new Error('import failed');
  const actor = { researcherId: researcher.id };
  const funding = await addTag(store, { name: 'Funding', parentId: null, colour: '#0072b2' }, actor);
  const grants = await addTag(store, { name: 'Grants', parentId: null, colour: '#e69f00' }, actor);
  const claim = await saveClaim(
    store,
    {
      sourceId: source.id,
      target: { source: source.id, selector: describeRange(source.text, 0, 20) },
      kind: 'quote',
      fields: {},
      statement: '',
      tagIds: [grants.id],
      note: '',
    },
    actor,
  );
  return { store, actor, funding, grants, claim };
}

const valid = async (store: Parameters<typeof readLibrary>[0]) => validateLibrary(await readLibrary(store));

describe('codebook storage', () => {
  it('merges a tag into another and Undo brings back the tag and its claims', async () => {
    const { store, actor, funding, grants, claim } = await setUp();
    const change = await mergeCodebookTags(store, grants.id, funding.id, actor);
    expect((await listClaims(store))[0]?.tagIds).toEqual([funding.id]);
    expect((await listTags(store)).map((t) => t.name)).toEqual(['Funding']);
    expect(await store.db.tags.get(grants.id)).toMatchObject({ deleted: true, mergedInto: funding.id });
    expect(await valid(store)).toEqual({ ok: true });

    await revertCodebookChange(store, change.before, actor);
    const back = await store.db.tags.get(grants.id);
    expect(back).toMatchObject({ deleted: false, name: 'Grants' });
    expect(back?.mergedInto).toBeUndefined();
    const restored = (await listClaims(store))[0];
    expect(restored?.tagIds).toEqual([grants.id]);
    expect(restored!.updatedAt > claim.updatedAt).toBe(true);
    expect(await valid(store)).toEqual({ ok: true });
  });

  it('imports a colleague’s bundle from before a merge: their claim lands on the target tag', async () => {
    const { store, actor, funding, grants, claim } = await setUp();
    // The colleague's copy, taken before the merge, where they add a claim with the old tag.
    const theirs = await readLibrary(store);
    const late = new Date(Date.now() + 60_000).toISOString();
    theirs.claims.push({ ...claim, id: 'their-claim', note: 'theirs', updatedAt: late, createdAt: late });
    await mergeCodebookTags(store, grants.id, funding.id, actor);
    const result = await importDatabase(store, serialiseBundle(createBundle(theirs, late)));
    expect(result).toMatchObject({ ok: true });
    const tagsOf = async (id: string) => (await store.db.claims.get(id))?.tagIds;
    expect(await tagsOf('their-claim')).toEqual([funding.id]);
    expect(await tagsOf(claim.id)).toEqual([funding.id]);
    expect(await valid(store)).toEqual({ ok: true });
  });

  it('deletes a tag with its children moved up, and Undo puts them back under it', async () => {
    const { store, actor, funding } = await setUp();
    const child = await addTag(store, { name: 'Public', parentId: funding.id, colour: '#009e73' }, actor);
    const change = await deleteCodebookTag(store, funding.id, actor);
    expect((await store.db.tags.get(child.id))?.parentId).toBeNull();
    await revertCodebookChange(store, change.before, actor);
    expect((await store.db.tags.get(child.id))?.parentId).toBe(funding.id);
    expect((await store.db.tags.get(funding.id))?.deleted).toBe(false);
  });

  it('toggles a tag on a claim, as the keys 1–9 do', async () => {
    const { store, actor, funding, grants, claim } = await setUp();
    expect((await toggleClaimTag(store, claim.id, funding.id, actor)).tagIds).toEqual([
      grants.id,
      funding.id,
    ]);
    expect((await toggleClaimTag(store, claim.id, grants.id, actor)).tagIds).toEqual([funding.id]);
  });

  it('imports a codebook CSV, and refuses a bad one without writing anything', async () => {
    const { store, actor } = await setUp();
    const csv = 'name,parent path,colour,description\nFunding,,#111111,Money\nPublic,Funding,,\n';
    expect(await importCodebook(store, csv, actor)).toEqual({
      ok: true,
      created: 1,
      updated: 1,
      unchanged: 0,
    });
    expect(await exportCodebook(store)).toBe(
      'name,parent path,colour,description\r\nFunding,,#111111,Money\r\nPublic,Funding,#009e73,\r\nGrants,,#e69f00,\r\n',
    );
    const before = await store.db.tags.toArray();
    const bad = await importCodebook(store, 'name,parent path,colour,description\nNew,,,\n"open,,,\n', actor);
    expect(bad).toMatchObject({ ok: false });
    expect(await store.db.tags.toArray()).toEqual(before);
    expect(await valid(store)).toEqual({ ok: true });
  });
});
