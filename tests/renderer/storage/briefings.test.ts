// Saved briefings in IndexedDB: saving again makes a newer version of the same record, a delete is a
// tombstone that leaves the list but travels in the exported bundle, and the bundle reads back valid.
import { describe, expect, it } from 'vitest';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { parseBundle } from '../../../src/core/exchange/parse-bundle';
import {
  deleteBriefing,
  listBriefings,
  saveBriefing,
  type BriefingDraft,
} from '../../../src/renderer/storage/briefings';
import { readLibrary } from '../../../src/renderer/storage/library-exchange';
import { freshStore } from './storage-kit';

const draft: BriefingDraft = {
  title: 'NAAS funding',
  introduction: 'Where the money for the accreditation scheme goes.',
  sections: ['key-figures', 'cross-checks', 'references'],
  claimFilter: { kinds: ['figure'] },
  style: 'harvard',
};
const alice = (now: string) => ({ researcherId: 'r-alice', now });

describe('briefings storage', () => {
  it('saves, edits as a newer version, and deletes as a tombstone that still exports', async () => {
    const { store } = freshStore();
    // Every change in a library is signed by one of its researchers.
    await store.db.researchers.put({
      id: 'r-alice',
      displayName: 'Alice',
      updatedAt: '2030-01-01T00:00:00.000Z',
      updatedBy: 'r-alice',
      deleted: false,
    });
    const first = await saveBriefing(store, draft, alice('2030-01-01T00:00:00.000Z'));
    expect(first).toMatchObject({ ...draft, updatedBy: 'r-alice', deleted: false });
    // the same clock time again: the edit is still stamped after the version it replaces
    const edited = await saveBriefing(
      store,
      { ...draft, id: first.id, style: 'apa' },
      alice('2030-01-01T00:00:00.000Z'),
    );
    expect(edited.id).toBe(first.id);
    expect(edited.updatedAt > first.updatedAt).toBe(true);
    expect(await listBriefings(store)).toEqual([edited]);

    await deleteBriefing(store, first.id, alice('2030-01-02T00:00:00.000Z'));
    expect(await listBriefings(store)).toEqual([]);
    const library = await readLibrary(store);
    expect(library.briefings).toMatchObject([{ id: first.id, style: 'apa', deleted: true }]);
    const parsed = parseBundle(serialiseBundle(createBundle(library, '2030-01-03T00:00:00.000Z')));
    expect(parsed.ok && parsed.bundle.library.briefings).toEqual(library.briefings);
  });
});
