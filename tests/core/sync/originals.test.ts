// PDF originals through a real pouchdb-server: sent as attachments with the library, not pulled by
// replication (a client holds the bytes only once it asks), and fetched whole on demand.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectRemote } from '../../../src/core/sync/connect-remote';
import { createMemoryLibrary } from '../../../src/core/sync/memory-library';
import { toBase64 } from '../../../src/core/sync/originals';
import { createSyncSession } from '../../../src/core/sync/sync-session';
import { openMemoryPouch, openNodePouch } from '../../../src/node-shared/node-pouch';
import { corpusDir } from '../../support/repo-paths';
import { createDatabase, startTestServer, type TestServer } from '../../support/pouchdb-server';
import { makeLibrary } from '../exchange/library-builders';

let server: TestServer | undefined;
afterAll(async () => server?.dispose());

describe('originals', () => {
  it('writes base64 as Node does', () => {
    for (const bytes of [[], [0], [0, 255], [1, 2, 3], [250, 251, 252, 253]]) {
      expect(toBase64(new Uint8Array(bytes))).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('sends a PDF original and lets another client fetch it only when asked', async () => {
    server = await startTestServer();
    await createDatabase(server, 'team');
    const pdf = new Uint8Array(readFileSync(path.join(corpusDir, 'formats/001_1e5035609ec9f0e3.pdf')));
    const sourceId = makeLibrary().sources[0]!.id;
    const remote = () => connectRemote(openNodePouch, { serverUrl: server!.url, database: 'team' });
    const withOriginal = {
      ...createMemoryLibrary(makeLibrary()),
      originals: {
        listOriginals: () => Promise.resolve([sourceId]),
        readOriginal: () => Promise.resolve({ bytes: pdf, contentType: 'application/pdf' }),
      },
    };
    const sender = createSyncSession({
      local: openMemoryPouch(),
      remote: remote(),
      database: 'team',
      library: withOriginal,
    });
    expect((await sender.syncNow()).error).toBeNull();

    const local = openMemoryPouch();
    const receiver = createSyncSession({
      local,
      remote: remote(),
      database: 'team',
      library: createMemoryLibrary({ researchers: [], tags: [], sources: [], claims: [], briefings: [] }),
    });
    expect((await receiver.syncNow()).error).toBeNull();
    const held = await local.allDocs({ startkey: 'original:', endkey: 'original:\uffff' });
    expect(held.rows).toEqual([]);
    const fetched = await receiver.fetchOriginal(sourceId);
    expect(fetched && Buffer.from(fetched).equals(Buffer.from(pdf))).toBe(true);
    expect(await receiver.fetchOriginal('f'.repeat(64))).toBeUndefined();
  }, 60_000);
});
