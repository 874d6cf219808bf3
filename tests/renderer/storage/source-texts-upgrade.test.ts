// Schema version 6 keeps a source's text in a table of its own. A library kept by version 5 (texts inside
// the source records) opens in it with nothing lost: every record of every table reads back as it was,
// the texts now stored apart and the listed sources without them; the upgrade goes a batch at a time, so
// a library of more sources than one batch is moved whole.
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../scripts/scale/generate-library.mjs';
import { createId } from '../../../src/core/ids';
import type { Library } from '../../../src/core/model/records';
import { closeStore, openStore } from '../../../src/renderer/storage/database';
import { readLibrary } from '../../../src/renderer/storage/library-exchange';
import { getSourceText } from '../../../src/renderer/storage/source-texts';
import { listSources, listWholeSources } from '../../../src/renderer/storage/sources';
import { byId, expectLibraryKept } from './library-kept';
import { PreviousDatabase } from './previous-database';

const LOCAL_ROWS = {
  settings: [{ key: 'researcherId', value: 'r-alice' }],
  suggestionScores: [{ id: 'claim-x', confidence: 0.7 }],
};

async function writeVersion5(name: string, library: Library): Promise<void> {
  const db = new PreviousDatabase(name, 5);
  await db.open();
  expect(db.verno).toBe(5);
  for (const [table, rows] of Object.entries({ ...library, ...LOCAL_ROWS })) {
    await db.table(table).bulkAdd(rows);
  }
  db.close();
}

describe('schema version 6: source texts in a table of their own', () => {
  it('moves every text of a version 5 database out of its source, losing nothing', async () => {
    // More sources than one batch of the upgrade, some of them PDFs with pages, some deleted.
    const library = buildLibrary({ seed: 6, sources: 450, claims: 900, sourceChars: 1_500, tags: 12 });
    expect(library.sources.some((s) => s.pages) && library.sources.some((s) => s.deleted)).toBe(true);
    const name = `v5-${createId()}`;
    await writeVersion5(name, library);

    const store = openStore(name);
    await store.db.open();
    // Opened by today's app, it goes through version 6 (and 7, which only indexes claims).
    expect(store.db.verno).toBe(8);
    const read = await readLibrary(store);
    expectLibraryKept(read, library);
    const { db } = store;
    expect(await db.settings.toArray()).toEqual(LOCAL_ROWS.settings);
    expect(await db.suggestionScores.toArray()).toEqual(LOCAL_ROWS.suggestionScores);

    // The source records no longer hold their text; the texts table holds one per source.
    const entries = await db.sources.toArray();
    expect(entries).toHaveLength(library.sources.length);
    expect(entries.filter((e) => 'text' in e)).toEqual([]);
    expect(await db.sourceTexts.count()).toBe(library.sources.length);
    const pdf = library.sources.find((s) => s.pages)!;
    expect(entries.find((e) => e.id === pdf.id)?.pages).toEqual(pdf.pages);
    expect(await getSourceText(store, pdf.id)).toEqual({ id: pdf.id, text: pdf.text });

    // What the library lists: live sources by title, without texts; whole when a worker asks.
    const live = library.sources.filter((s) => !s.deleted);
    const listed = await listSources(store);
    expect(listed.map((s) => s.id).sort()).toEqual(live.map((s) => s.id).sort());
    expect(listed.some((s) => 'text' in s)).toBe(false);
    expect(byId(await listWholeSources(store))).toEqual(byId(live));
    closeStore(store);
  });
});
