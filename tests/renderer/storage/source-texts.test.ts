// A source is stored as its entry and its text: every whole source written comes back whole, the entries
// the library lists hold no text, an edit of the details leaves the text where it is, and a text missing
// from the database stops an export instead of sending an empty text.
import { describe, expect, it } from 'vitest';
import { closeStore } from '../../../src/renderer/storage/database';
import { readLibrary } from '../../../src/renderer/storage/library-exchange';
import { getSourceText, putSources, readWholeSources } from '../../../src/renderer/storage/source-texts';
import { listSources, updateSourceDetails } from '../../../src/renderer/storage/sources';
import { FIRST_DOC, makeCorpusSource } from '../../core/exchange/library-builders';
import { freshStore } from './storage-kit';

const first = makeCorpusSource(FIRST_DOC);
const second = {
  ...makeCorpusSource('001_1e5035609ec9f0e3.txt'),
  pages: [{ index: 0, label: 'i', start: 0, end: 10 }],
};

describe('sources stored as entry and text', () => {
  it('come back whole, and are listed without their texts', async () => {
    const { store } = freshStore();
    await putSources(store.db, [first, second]);
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await readWholeSources(store.db))).toEqual(byId([first, second]));
    const listed = await listSources(store);
    expect(listed.map((s) => 'text' in s)).toEqual([false, false]);
    expect(listed.find((s) => s.id === second.id)?.pages).toEqual(second.pages);

    await updateSourceDetails(store, first.id, { type: 'report', title: 'Renamed' }, { researcherId: 'r-1' });
    expect(await getSourceText(store, first.id)).toEqual({ id: first.id, text: first.text });
    const [renamed] = (await readWholeSources(store.db)).filter((s) => s.id === first.id);
    expect(renamed).toMatchObject({ title: 'Renamed', text: first.text });
    closeStore(store);
  });

  it('refuse to export a source whose text is missing', async () => {
    const { store } = freshStore();
    await putSources(store.db, [first]);
    await store.db.sourceTexts.delete(first.id);
    await expect(readLibrary(store)).rejects.toThrow(`The text of source “${first.title}” is missing`);
    closeStore(store);
  });
});
