// Two and three clients syncing through one database in memory: records, edits, deletes and tag changes
// arrive everywhere; simultaneous edits of one claim end with the merge's winner on every client and the
// losing version in the conflicts table of each, as a bundle import would keep it.
import { describe, expect, it } from 'vitest';
import { mergeLibraries } from '../../../src/core/exchange/merge-libraries';
import { openMemoryPouch } from '../../../src/node-shared/node-pouch';
import { makeLibrary, makeResearcher, makeTag } from '../exchange/library-builders';
import { libraryText, makeClient } from './sync-helpers';

const noteOf = (record: object): unknown => (record as { note?: string }).note;

const emptyWith = (id: string, name: string) => ({
  researchers: [makeResearcher(id, name)],
  tags: [],
  sources: [],
  claims: [],
  briefings: [],
});

describe('sync session (in memory)', () => {
  it('brings a library to an empty client and converges edits, deletes and conflicts', async () => {
    const remote = openMemoryPouch('server');
    const a = makeClient(remote, makeLibrary());
    const b = makeClient(remote, emptyWith('r-bob', 'Bob'));
    expect((await a.session.syncNow()).error).toBeNull();
    const first = await b.session.syncNow();
    expect(first).toMatchObject({ error: null, pending: 0, offline: false });
    await a.session.syncNow();
    expect(libraryText(b.library.snapshot())).toBe(libraryText(a.library.snapshot()));

    // The same claim edited on both at once, a tag deleted on one, a new tag on the other.
    const claim = a.library.snapshot().claims[0]!;
    a.library.edit({ claims: [{ ...claim, note: 'Alice', updatedAt: '2024-06-01T10:00:00.000Z' }] });
    b.library.edit({
      claims: [{ ...claim, note: 'Bob', updatedAt: '2024-06-01T10:00:05.000Z', updatedBy: 'r-bob' }],
      tags: [makeTag({ id: 'tag-new', name: 'New', updatedBy: 'r-bob' })],
    });
    const expected = mergeLibraries(a.library.snapshot(), b.library.snapshot()).library;
    await a.session.syncNow();
    await b.session.syncNow();
    await a.session.syncNow();
    expect(libraryText(a.library.snapshot())).toBe(libraryText(expected));
    expect(libraryText(b.library.snapshot())).toBe(libraryText(expected));
    expect(a.library.snapshot().claims[0]!.note).toBe('Bob');
    for (const client of [a, b]) {
      expect(client.library.conflicts().map((c) => [c.id, noteOf(c.kept), noteOf(c.lost)])).toEqual([
        [claim.id, 'Bob', 'Alice'],
      ]);
    }
  });

  it('lets a newer delete win over an older edit made at the same time elsewhere (CouchDB would keep the edit)', async () => {
    const remote = openMemoryPouch('server');
    const start = makeLibrary();
    start.researchers.push(makeResearcher('r-bob', 'Bob'));
    const a = makeClient(remote, start);
    const b = makeClient(remote, start);
    await a.session.syncNow();
    await b.session.syncNow();
    const claim = start.claims[0]!;
    a.library.edit({ claims: [{ ...claim, note: 'edited', updatedAt: '2024-06-01T10:00:00.000Z' }] });
    b.library.edit({
      claims: [{ ...claim, deleted: true, updatedAt: '2024-06-01T11:00:00.000Z', updatedBy: 'r-bob' }],
    });
    await a.session.syncNow();
    await b.session.syncNow();
    await a.session.syncNow();
    for (const client of [a, b]) {
      expect(client.library.snapshot().claims[0]).toMatchObject({ deleted: true, updatedBy: 'r-bob' });
    }
    // Alice's edit lost to Bob's delete: both keep it for review, as importing each other's bundles would.
    expect(a.library.conflicts().map((c) => [noteOf(c.lost), c.kept.deleted])).toEqual([['edited', true]]);
    expect(b.library.conflicts().map((c) => [noteOf(c.lost), c.kept.deleted])).toEqual([['edited', true]]);
    const third = makeClient(remote, emptyWith('r-carol', 'Carol'));
    await third.session.syncNow();
    expect(third.library.snapshot().claims[0]).toMatchObject({ deleted: true });
  });
});
