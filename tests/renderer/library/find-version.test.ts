// The version check an import asks of its worker reads the sources from IndexedDB itself: a file that is
// an edited copy of a stored source is found as its new version, by its text alone; an unrelated file,
// or one whose only match is a deleted source, is not.
import { afterEach, describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../scripts/scale/generate-library.mjs';
import { findVersionOf } from '../../../src/renderer/features/library/find-version';
import type { Store } from '../../../src/renderer/storage/database';
import { putSources } from '../../../src/renderer/storage/source-texts';
import { freshStore } from '../storage/storage-kit';

const opened: Store[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.db.close();
});

describe('the version check of an imported file', () => {
  it('finds the source the file is an edited copy of, and nothing for other files', async () => {
    const library = buildLibrary({ seed: 9, sources: 8, claims: 20, sourceChars: 2_000, tags: 2 });
    const { store } = freshStore();
    opened.push(store);
    await putSources(store.db, library.sources);
    const [original] = library.sources.filter((s) => !s.deleted);
    const edited = {
      id: 'new-file',
      title: 'A title no source has',
      metadata: { type: 'report' as const },
      text: original!.text.replace(/\.\s/, '. One sentence added here. '),
    };
    expect(await findVersionOf(store, edited)).toEqual({ id: original!.id, title: original!.title });

    const unrelated = {
      id: 'other-file',
      title: 'Something else',
      metadata: { type: 'report' as const },
      text: 'Nothing alike at all.',
    };
    expect(await findVersionOf(store, unrelated)).toBeNull();

    await putSources(store.db, [{ ...original!, deleted: true }]);
    const found = await findVersionOf(store, edited);
    expect(found?.id).not.toBe(original!.id);
  });
});
