// Editing a source's details stores a newer version of the same record, stamped by the editor, with the
// title following the metadata; the edited library still exports as a valid bundle.
import { describe, expect, it } from 'vitest';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { parseBundle } from '../../../src/core/exchange/parse-bundle';
import { readLibrary } from '../../../src/renderer/storage/library-exchange';
import { getSource, listWholeSources, updateSourceDetails } from '../../../src/renderer/storage/sources';
import { freshStore, importFiles, readCorpusFile } from './storage-kit';

describe('source details', () => {
  it('saves a new version with the new title and metadata, and exports it', async () => {
    const { store } = freshStore();
    const { researcher } = await importFiles(store, [readCorpusFile('documents', (n) => n.endsWith('.txt'))]);
    const [before] = await listWholeSources(store);
    if (!before) throw new Error('nothing imported');
    const metadata = {
      ...before.metadata,
      title: 'Renamed report',
      author: [{ family: 'Smith', given: 'Jane' }],
      publisher: 'Audit Office',
      issued: { 'date-parts': [[2018, 4]] as [number, number?, number?][] },
      URL: 'https://example.org/r',
    };
    // A second researcher of this library (as after a merge) edits the details.
    await store.db.researchers.put({
      id: 'editor-2',
      displayName: 'Editor',
      updatedAt: before.updatedAt,
      updatedBy: 'editor-2',
      deleted: false,
    });
    await updateSourceDetails(store, before.id, metadata, {
      researcherId: 'editor-2',
      now: before.updatedAt,
    });
    const after = await getSource(store, before.id);
    expect(after?.title).toBe('Renamed report');
    expect(after?.metadata).toEqual(metadata);
    expect(after?.updatedBy).toBe('editor-2');
    expect(Date.parse(after!.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
    expect(after?.text).toBe(before.text);
    expect(researcher.id).not.toBe('editor-2');

    const json = serialiseBundle(createBundle(await readLibrary(store), new Date().toISOString()));
    const parsed = parseBundle(json);
    expect(parsed.ok).toBe(true);
  });

  it('refuses to edit a source that is not in the library', async () => {
    const { store } = freshStore();
    await expect(
      updateSourceDetails(store, 'f'.repeat(64), { type: 'document' }, { researcherId: 'r' }),
    ).rejects.toThrow(/not in the library/);
  });
});
