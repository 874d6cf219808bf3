// Formatted references kept between briefings (storage/citation-groups): what is kept is read back as it
// was formatted, only for the keys asked, and the table stays within its bound by dropping the groups
// stored longest ago. Schema version 8 adds the table to a version 7 database without touching a record.
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../scripts/scale/generate-library.mjs';
import type { FormattedGroup } from '../../../src/core/briefing/csl/citation-cache';
import { createId } from '../../../src/core/ids';
import type { Library } from '../../../src/core/model/records';
import { keepCitationGroups, readCitationGroups } from '../../../src/renderer/storage/citation-groups';
import { closeStore, openStore } from '../../../src/renderer/storage/database';
import { readLibrary } from '../../../src/renderer/storage/library-exchange';
import { expectLibraryKept } from './library-kept';
import { PreviousDatabase } from './previous-database';
import { freshStore } from './storage-kit';

const group = (n: number): FormattedGroup => ({
  entries: [
    { sourceId: `s${n}`, text: `Author ${n} (2020) Report ${n}.`, sortkeys: [`author ${n}`, '2020'] },
  ],
  inText: new Map([[`s${n}\u0000page\u0000918273645`, `(Author ${n}, 2020, p. 918273645)`]]),
});

describe('formatted references kept between briefings', () => {
  it('reads back what was kept, for the keys asked only', async () => {
    const { store } = freshStore();
    await keepCitationGroups(
      store,
      new Map([
        ['harvard:a', group(1)],
        ['harvard:b', group(2)],
      ]),
      '2026-01-01',
    );
    const read = await readCitationGroups(store, ['harvard:b', 'harvard:unknown']);
    expect([...read.keys()]).toEqual(['harvard:b']);
    expect(read.get('harvard:b')).toEqual(group(2));
    closeStore(store);
  });

  it('drops the groups stored longest ago past its bound', async () => {
    const { store } = freshStore();
    await keepCitationGroups(
      store,
      new Map([
        ['k1', group(1)],
        ['k2', group(2)],
      ]),
      '2026-01-01',
      3,
    );
    await keepCitationGroups(
      store,
      new Map([
        ['k3', group(3)],
        ['k4', group(4)],
      ]),
      '2026-01-02',
      3,
    );
    expect((await store.db.citationGroups.toCollection().primaryKeys()).sort()).toEqual(['k2', 'k3', 'k4']);
    closeStore(store);
  });
});

describe('schema version 8: formatted references kept', () => {
  it('opens a version 7 database with every record as it was and an empty cache', async () => {
    const library = buildLibrary({
      seed: 4,
      sources: 20,
      claims: 200,
      sourceChars: 1_500,
      tags: 4,
    }) as Library;
    const name = `v7-${createId()}`;
    const db = new PreviousDatabase(name, 7);
    await db.open();
    expect(db.verno).toBe(7);
    const { sources, claims, ...rest } = library;
    await db.table('sources').bulkAdd(sources.map(({ text: _text, ...entry }) => entry));
    await db.table('sourceTexts').bulkAdd(sources.map(({ id, text }) => ({ id, text })));
    await db.table('claims').bulkAdd(claims.map((c) => ({ ...c, textStart: c.target.selector[1].start })));
    for (const [table, rows] of Object.entries(rest)) await db.table(table).bulkAdd(rows);
    await db.table('settings').add({ key: 'researcherId', value: 'r-alice' });
    db.close();

    const store = openStore(name);
    await store.db.open();
    expect(store.db.verno).toBe(8);
    expectLibraryKept(await readLibrary(store), library);
    expect(await store.db.settings.toArray()).toEqual([{ key: 'researcherId', value: 'r-alice' }]);
    expect(await store.db.citationGroups.count()).toBe(0);
    await keepCitationGroups(store, new Map([['k', group(1)]]), '2026-01-01');
    expect((await readCitationGroups(store, ['k'])).get('k')).toEqual(group(1));
    closeStore(store);
  });
});
