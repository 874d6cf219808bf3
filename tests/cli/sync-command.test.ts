// `evidence sync` and in-process clients through a real pouchdb-server on 127.0.0.1, set up as a team's
// administrator would (users, `_security` members, writers only may change documents): three researchers
// converge with edits, deletes, a tag merge and simultaneous edits of one claim, each holding what merging
// all their bundles gives; a wrong password, a read-only member and a hand-written bad document are told
// in words and do not break the sync of the rest.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeTag } from '../../src/core/codebook/merge-tags';
import { mergeLibraries } from '../../src/core/exchange/merge-libraries';
import type { Library } from '../../src/core/model/records';
import { connectRemote } from '../../src/core/sync/connect-remote';
import { createMemoryLibrary } from '../../src/core/sync/memory-library';
import { createSyncSession } from '../../src/core/sync/sync-session';
import { openMemoryPouch, openNodePouch } from '../../src/node-shared/node-pouch';
import { libraryText, mergeAll } from '../core/sync/sync-helpers';
import { makeLibrary, makeResearcher, makeTag } from '../core/exchange/library-builders';
import { createDatabase, setUpTeam, startTestServer, type TestServer } from '../support/pouchdb-server';
import { makeTempDir, readBundle, runCli, writeBundle } from './cli-test-kit';

const USERS = [
  { username: 'ann', password: 'ann-pw', roles: ['writer'] },
  { username: 'bob', password: 'bob-pw', roles: ['writer'] },
  { username: 'carol', password: 'carol-pw', roles: ['writer'] },
  { username: 'rob', password: 'rob-pw', roles: [] },
];

let server: TestServer;
let dir: string;

beforeAll(async () => {
  server = await startTestServer({ admin: true });
  await createDatabase(server, 'team');
  await setUpTeam(server, 'team', USERS);
  await createDatabase(server, 'readers');
  await setUpTeam(server, 'readers', USERS, { writersOnly: true });
  dir = await makeTempDir();
  for (const user of USERS) await writeFile(path.join(dir, `${user.username}.pw`), `${user.password}\n`);
}, 60_000);
afterAll(async () => {
  await server?.dispose();
});

const syncArgs = (bundle: string, user: string, db = 'team') => [
  'sync',
  path.join(dir, bundle),
  '--server',
  server.url,
  '--db',
  db,
  '--user',
  user,
  '--password-file',
  path.join(dir, `${user}.pw`),
];

const bundleOf = (library: Library) => ({
  format: 'evidence-workbench.bundle' as const,
  version: 2,
  exportedAt: '2024-06-01T12:00:00.000Z',
  library,
});

describe('evidence sync through pouchdb-server', () => {
  it('converges three researchers (two CLI bundles and one app-like client), conflicts kept', async () => {
    const start = makeLibrary();
    start.researchers.push(makeResearcher('r-bob', 'Bob'), makeResearcher('r-carol', 'Carol'));
    start.tags.push(makeTag({ id: 'tag-money', name: 'Money' }));
    await writeBundle(path.join(dir, 'ann.json'), bundleOf(start));
    expect((await runCli(syncArgs('ann.json', 'ann'))).code).toBe(0);
    const bobFirst = await runCli(syncArgs('bob.json', 'bob'));
    expect(bobFirst.stderr).toBe('');
    expect(bobFirst.code).toBe(0);
    expect(libraryText((await readBundle(path.join(dir, 'bob.json'))).library)).toBe(libraryText(start));

    const carol = createMemoryLibrary({ researchers: [], tags: [], sources: [], claims: [], briefings: [] });
    const remote = connectRemote(openNodePouch, {
      serverUrl: server.url,
      database: 'team',
      credentials: { username: 'carol', password: 'carol-pw' },
    });
    const session = createSyncSession({ local: openMemoryPouch(), remote, database: 'team', library: carol });
    expect((await session.syncNow()).error).toBeNull();

    // Ann and Carol edit the same claim at once; Bob merges the tag "Funding" into "Money"; Carol adds a tag.
    const claim = start.claims[0]!;
    const ann = (await readBundle(path.join(dir, 'ann.json'))).library;
    ann.claims = [{ ...claim, note: 'Ann read it', updatedAt: '2024-06-02T10:00:00.000Z' }];
    await writeBundle(path.join(dir, 'ann.json'), bundleOf(ann));
    carol.edit({
      claims: [
        { ...claim, note: 'Carol read it', updatedAt: '2024-06-02T10:00:00.000Z', updatedBy: 'r-carol' },
      ],
      tags: [
        makeTag({ id: 'tag-new', name: 'New', updatedBy: 'r-carol', updatedAt: '2024-06-02T09:00:00.000Z' }),
      ],
    });
    const bob = (await readBundle(path.join(dir, 'bob.json'))).library;
    const merged = mergeTag(bob.tags, bob.claims, 'tag-funding', 'tag-money', {
      researcherId: 'r-bob',
      now: '2024-06-02T09:30:00.000Z',
    });
    const bobEdited = mergeLibraries(bob, { ...bob, tags: merged.tags, claims: merged.claims }).library;
    await writeBundle(path.join(dir, 'bob.json'), bundleOf(bobEdited));
    const expected = mergeAll([ann, bobEdited, carol.snapshot()]);

    // Any order; then a second round so every change has reached everyone.
    for (let round = 0; round < 2; round += 1) {
      expect((await runCli(syncArgs('bob.json', 'bob'))).code).toBe(0);
      expect((await session.syncNow()).error).toBeNull();
      expect((await runCli(syncArgs('ann.json', 'ann'))).code).toBe(0);
    }
    expect((await runCli(syncArgs('bob.json', 'bob'))).code).toBe(0);
    const results = [
      (await readBundle(path.join(dir, 'ann.json'))).library,
      (await readBundle(path.join(dir, 'bob.json'))).library,
      carol.snapshot(),
    ];
    for (const library of results) expect(libraryText(library)).toBe(libraryText(expected));
    const finalClaim = expected.claims.find((c) => c.id === claim.id)!;
    // The merge's winner: same time, so the greater researcher id (r-carol) — and Bob's merge moved the
    // claim to "Money" after both edits, so both the note and the tag survive.
    expect(finalClaim.note).toBe('Carol read it');
    expect(finalClaim.tagIds).toEqual(['tag-money']);
    // Carol's app keeps Ann's losing note for review, as a bundle import of Ann's bundle would.
    const lostNotes = carol.conflicts().map((c) => (c.lost as { note?: string }).note);
    expect(lostNotes).toContain('Ann read it');
    await session.stop();
  }, 120_000);

  it('says a wrong password in words and changes nothing', async () => {
    await writeFile(path.join(dir, 'ann-wrong.pw'), 'not-it\n');
    const bundle = path.join(dir, 'wrong.json');
    const run = await runCli([...syncArgs('wrong.json', 'ann').slice(0, -1), path.join(dir, 'ann-wrong.pw')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/did not accept the user name and password \(401\)/);
    await expect(readBundle(bundle)).rejects.toThrow();
  });

  it('lets a read-only member pull but not push, and says so', async () => {
    // Ann (a writer) puts the library on the database where only writers may change documents.
    const seeded = makeLibrary();
    seeded.researchers.push(makeResearcher('r-rob', 'Rob'));
    await writeBundle(path.join(dir, 'ann-readers.json'), bundleOf(seeded));
    expect((await runCli(syncArgs('ann-readers.json', 'ann', 'readers'))).code).toBe(0);
    const first = await runCli(syncArgs('rob.json', 'rob', 'readers'));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const rob = (await readBundle(path.join(dir, 'rob.json'))).library;
    expect(libraryText(rob)).toBe(libraryText(seeded));
    rob.tags.push(makeTag({ id: 'tag-rob', name: 'Rob', updatedBy: 'r-rob' }));
    await writeBundle(path.join(dir, 'rob.json'), bundleOf(rob));
    const second = await runCli(syncArgs('rob.json', 'rob', 'readers'));
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(
      /can read this team library but not change it: the server refused 1 change \(403\)/,
    );
    expect((await server.request('GET', '/readers/tag:tag-rob')).status).toBe(404);
    // What writers add still arrives, and Rob's own tag stays in his bundle.
    const ann = (await readBundle(path.join(dir, 'ann-readers.json'))).library;
    ann.tags.push(makeTag({ id: 'tag-ann', name: 'Ann', updatedAt: '2024-06-01T11:00:00.000Z' }));
    await writeBundle(path.join(dir, 'ann-readers.json'), bundleOf(ann));
    expect((await runCli(syncArgs('ann-readers.json', 'ann', 'readers'))).code).toBe(0);
    expect((await runCli(syncArgs('rob.json', 'rob', 'readers'))).code).toBe(1);
    const tags = (await readBundle(path.join(dir, 'rob.json'))).library.tags.map((t) => t.id);
    expect(tags).toEqual(expect.arrayContaining(['tag-ann', 'tag-rob']));
  });

  it('refuses a hand-written document that fails the schema, with a message, and syncs the rest', async () => {
    const put = await server.request('PUT', '/team/claim:handmade', {
      type: 'claim',
      record: { id: 'handmade', note: 'typed by hand', updatedAt: 'yesterday' },
    });
    expect(put.status).toBe(201);
    const tag = makeTag({ id: 'tag-after', name: 'After', updatedAt: '2024-06-01T11:00:00.000Z' });
    const ann = (await readBundle(path.join(dir, 'ann.json'))).library;
    ann.tags.push(tag);
    await writeBundle(path.join(dir, 'ann.json'), bundleOf(ann));
    expect((await runCli(syncArgs('ann.json', 'ann'))).code).toBe(0);
    const bob = await runCli(syncArgs('bob.json', 'bob'));
    expect(bob.code).toBe(0);
    expect(bob.stderr).toMatch(
      /Document claim:handmade on the server was not taken: its record is not valid/,
    );
    const library = (await readBundle(path.join(dir, 'bob.json'))).library;
    expect(library.tags.map((t) => t.id)).toContain('tag-after');
    expect(library.claims.map((c) => c.id)).not.toContain('handmade');
  });
});
