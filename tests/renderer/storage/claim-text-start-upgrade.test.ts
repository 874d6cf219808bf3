// Schema version 7 indexes claims by where they start in their source's text. A library kept by version 6
// opens in it with every record as it was, and every claim (tombstones too) in the new index at its
// stored start, so the reader's first-screen read finds the claims an older app saved.
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../scripts/scale/generate-library.mjs';
import { createId } from '../../../src/core/ids';
import type { Library } from '../../../src/core/model/records';
import { CLAIMS_BY_TEXT_START } from '../../../src/renderer/storage/claim-text-start';
import { closeStore, openStore } from '../../../src/renderer/storage/database';
import { readLibrary } from '../../../src/renderer/storage/library-exchange';
import { expectLibraryKept } from './library-kept';
import { PreviousDatabase } from './previous-database';

async function writeVersion6(name: string, library: Library): Promise<void> {
  const db = new PreviousDatabase(name, 6);
  await db.open();
  expect(db.verno).toBe(6);
  const { sources, ...rest } = library;
  await db.table('sources').bulkAdd(sources.map(({ text: _text, ...entry }) => entry));
  await db.table('sourceTexts').bulkAdd(sources.map(({ id, text }) => ({ id, text })));
  for (const [table, rows] of Object.entries(rest)) await db.table(table).bulkAdd(rows);
  db.close();
}

describe('schema version 7: claims indexed by where they start', () => {
  it('indexes every claim of a version 6 database at its stored start, changing no record', async () => {
    const library = buildLibrary({ seed: 9, sources: 40, claims: 700, sourceChars: 2_000, tags: 6 });
    expect(library.claims.some((c) => c.deleted)).toBe(true);
    const name = `v6-${createId()}`;
    await writeVersion6(name, library);

    const store = openStore(name);
    await store.db.open();
    expect(store.db.verno).toBe(8);
    const read = await readLibrary(store);
    expectLibraryKept(read, library);
    const index = store.db.claims.orderBy(CLAIMS_BY_TEXT_START);
    const [keys, ids] = await Promise.all([index.keys(), index.primaryKeys()]);
    const entries = ids.map((id, i) => `${id}@${(keys[i] as unknown as [string, number]).join(':')}`).sort();
    expect(entries).toEqual(
      library.claims.map((c) => `${c.id}@${c.sourceId}:${c.target.selector[1].start}`).sort(),
    );
    closeStore(store);
  });
});
