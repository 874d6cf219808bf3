// A library kept by the previous database schema (version 3: claims without a statement, no briefings)
// opens in the current one without losing anything: every record of every table comes back as it was,
// each claim now with its source sentence as its statement (the same one a version 1 bundle of the same
// records is given on import), and briefings then travel through export and import like every record.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PreviousDatabase } from './previous-database';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { createId } from '../../../src/core/ids';
import { parseBundle } from '../../../src/core/exchange/parse-bundle';
import type { Briefing, Claim, Researcher, Source, Tag } from '../../../src/core/model/records';
import { deriveStatement } from '../../../src/core/suggest/derive-statement';
import { closeStore, openStore } from '../../../src/renderer/storage/database';
import { importDatabase, readLibrary } from '../../../src/renderer/storage/library-exchange';
import { repoRoot } from '../../support/repo-paths';

type OldClaim = Omit<Claim, 'statement'>;
type OldLibrary = { researchers: Researcher[]; tags: Tag[]; sources: Source[]; claims: OldClaim[] };

/** The records a version 1 bundle holds: what the previous schema stored, field for field. */
const v1Text = readFileSync(path.join(repoRoot, 'tests/fixtures/bundles/v1/naas-and-4children.json'), 'utf8');
const oldLibrary = (JSON.parse(v1Text) as { library: OldLibrary }).library;

/** The tables each earlier version had, beyond the library's. */
const LOCAL_TABLES: Record<1 | 2 | 3, (keyof typeof LOCAL_ROWS)[]> = {
  1: ['settings', 'conflicts'],
  2: ['settings', 'conflicts', 'suggestionScores'],
  3: ['settings', 'conflicts', 'suggestionScores', 'originals'],
};

const LOCAL_ROWS = {
  settings: [{ key: 'researcherId', value: 'r-alice' }],
  suggestionScores: [{ id: 'claim-stance', confidence: 0.6 }],
  originals: [{ sourceId: oldLibrary.sources[0]!.id, bytes: new Uint8Array([1, 2, 3]), storedAt: 'then' }],
  conflicts: [
    {
      id: 'claims:claim-quote:x:r-bob',
      detectedAt: '2026-11-30T12:00:00.000Z',
      conflict: {
        table: 'claims',
        id: 'claim-quote',
        kept: oldLibrary.claims[4],
        lost: oldLibrary.claims[4],
      },
    },
  ],
};

async function writePreviousDatabase(name: string, version: 1 | 2 | 3 = 3): Promise<void> {
  const db = new PreviousDatabase(name, version);
  await db.open();
  expect(db.verno).toBe(version);
  const local = Object.fromEntries(LOCAL_TABLES[version].map((table) => [table, LOCAL_ROWS[table]]));
  for (const [table, rows] of Object.entries({ ...oldLibrary, ...local })) {
    await db.table(table).bulkAdd(rows);
  }
  db.close();
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('upgrading a database of every earlier schema', () => {
  it.each([1, 2] as const)(
    'keeps every record of a version %i database and fills the statements',
    async (v) => {
      const name = `upgrade-v${v}-${createId()}`;
      await writePreviousDatabase(name, v);
      const store = openStore(name);
      const library = await readLibrary(store);
      expect(byId(library.sources)).toEqual(byId(oldLibrary.sources));
      expect(byId(library.tags)).toEqual(byId(oldLibrary.tags));
      expect(byId(library.researchers)).toEqual(byId(oldLibrary.researchers));
      const texts = new Map(oldLibrary.sources.map((s) => [s.id, s.text]));
      for (const old of oldLibrary.claims) {
        const { start, end } = old.target.selector[1];
        const statement = deriveStatement(texts.get(old.sourceId)!, start, end);
        expect(library.claims.find((c) => c.id === old.id)).toEqual({ ...old, statement });
      }
      expect(await store.db.settings.toArray()).toEqual(LOCAL_ROWS.settings);
      expect(await store.db.conflicts.toArray()).toEqual(LOCAL_ROWS.conflicts);
      // Tables added since start empty, ready to use.
      expect(await store.db.originals.count()).toBe(0);
      expect(await store.db.briefings.count()).toBe(0);
      if (v === 2) expect(await store.db.suggestionScores.toArray()).toEqual(LOCAL_ROWS.suggestionScores);
      closeStore(store);
    },
  );
});

describe('upgrading a database of the previous schema', () => {
  it('keeps every record, fills each claim’s statement, and adds an empty briefings table', async () => {
    const name = `upgrade-${createId()}`;
    await writePreviousDatabase(name);
    const store = openStore(name);
    const library = await readLibrary(store);

    expect(byId(library.researchers)).toEqual(byId(oldLibrary.researchers));
    expect(byId(library.tags)).toEqual(byId(oldLibrary.tags));
    expect(byId(library.sources)).toEqual(byId(oldLibrary.sources));
    expect(library.briefings).toEqual([]);
    expect(library.claims).toHaveLength(oldLibrary.claims.length);
    const texts = new Map(oldLibrary.sources.map((s) => [s.id, s.text]));
    for (const old of oldLibrary.claims) {
      const upgraded = library.claims.find((c) => c.id === old.id);
      const { start, end } = old.target.selector[1];
      const sentence = deriveStatement(texts.get(old.sourceId)!, start, end);
      expect(sentence).toContain(old.target.selector[0].exact);
      // the same record with a statement, its version stamp untouched: a default is not an edit
      expect(upgraded).toEqual({ ...old, statement: sentence });
    }
    expect(library.claims.find((c) => c.id === 'claim-stance')?.statement).toBe(
      'Barnardo’s also warns against allowing organisations to make a profit from child protection.',
    );

    // local tables are untouched
    const { db } = store;
    expect(await db.settings.toArray()).toEqual(LOCAL_ROWS.settings);
    expect(await db.suggestionScores.toArray()).toEqual(LOCAL_ROWS.suggestionScores);
    expect(await db.originals.toArray()).toEqual(LOCAL_ROWS.originals);
    expect(await db.conflicts.toArray()).toEqual(LOCAL_ROWS.conflicts);
    closeStore(store);
  });

  it('gives the claims the statements a version 1 bundle of them gets on import', async () => {
    const name = `upgrade-${createId()}`;
    await writePreviousDatabase(name);
    const store = openStore(name);
    const upgraded = await readLibrary(store);
    const imported = parseBundle(v1Text);
    expect(imported.ok && byId(imported.bundle.library.claims)).toEqual(byId(upgraded.claims));
    // so importing the old bundle into the upgraded library changes nothing and raises no conflict
    const result = await importDatabase(store, v1Text);
    expect(result).toMatchObject({ ok: true, summary: { conflicts: 0, claims: { added: 0, updated: 0 } } });
    closeStore(store);
  });

  it('carries briefings through export and import', async () => {
    const name = `upgrade-${createId()}`;
    await writePreviousDatabase(name);
    const from = openStore(name);
    const briefing: Briefing = {
      id: 'briefing-naas',
      title: 'NAAS funding',
      introduction: 'Where the money goes.',
      sections: ['key-figures', 'cross-checks', 'references'],
      claimFilter: { kinds: ['figure'], tagIds: ['tag-naas'] },
      style: 'apa',
      updatedAt: '2026-11-30T13:00:00.000Z',
      updatedBy: 'r-alice',
      deleted: false,
    };
    await from.db.briefings.put(briefing);
    const bundle = serialiseBundle(createBundle(await readLibrary(from), '2026-11-30T13:00:00.000Z'));
    expect(JSON.parse(bundle).library.briefings).toEqual([briefing]);

    const to = openStore(`fresh-${createId()}`);
    const result = await importDatabase(to, bundle);
    expect(result).toMatchObject({ ok: true, summary: { briefings: { added: 1, updated: 0 } } });
    expect(await readLibrary(to)).toEqual(await readLibrary(from));
    closeStore(from);
    closeStore(to);
  });
});
