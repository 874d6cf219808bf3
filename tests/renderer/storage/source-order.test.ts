// The library lists its live sources by title in the collator's order (accents and case where a reader
// expects them, "item 9" before "item 10" only if the collator says so), deleted ones left out: a long
// library, sorted in slices, must come out in exactly that order.
import { describe, expect, it } from 'vitest';
import { closeStore } from '../../../src/renderer/storage/database';
import { putSources } from '../../../src/renderer/storage/source-texts';
import { listSources, listWholeSources } from '../../../src/renderer/storage/sources';
import { FIRST_DOC, makeCorpusSource } from '../../core/exchange/library-builders';
import { freshStore } from './storage-kit';

const titles = [
  'Éclair',
  'eclair',
  'zebra',
  'Zebra',
  'apple',
  'Äpfel',
  'item 10',
  'item 9',
  'Ωmega',
  'Ångström',
];

describe('the library order', () => {
  it('lists 1,200 live sources by title in collator order, the deleted left out', async () => {
    const { store } = freshStore();
    const base = makeCorpusSource(FIRST_DOC);
    const sources = Array.from({ length: 1200 }, (_, n) => ({
      ...base,
      id: `source-${String(n).padStart(4, '0')}`,
      title: `${titles[(n * 7) % titles.length] as string} ${n % 13}`,
      text: `text ${n}`,
      ...(n % 100 === 0 ? { deleted: true } : {}),
    }));
    await store.db.transaction('rw', store.db.sources, store.db.sourceTexts, () =>
      putSources(store.db, sources),
    );

    const byTitle = new Intl.Collator().compare;
    const expected = sources
      .filter((s) => !s.deleted)
      .sort((a, b) => byTitle(a.title, b.title) || a.id.localeCompare(b.id))
      .map((s) => s.id);
    expect((await listSources(store)).map((s) => s.id)).toEqual(expected);
    expect((await listWholeSources(store)).map((s) => s.id)).toEqual(expected);
    closeStore(store);
  });
});
