// The exchange worker's work, run in Node over fake-indexeddb: a preview reads a bundle file once and the
// import that follows merges what it read (the import request carries no file), against the library as it
// is when the import runs, so a change made between the two is kept; an import with nothing previewed,
// or after a refused preview, is refused and writes nothing.
import { describe, expect, it } from 'vitest';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { openStore, type Store } from '../../../src/renderer/storage/database';
import { readLibrary } from '../../../src/renderer/storage/library-exchange';
import { listSources } from '../../../src/renderer/storage/sources';
import {
  createExchangeHandler,
  NOTHING_PREVIEWED,
} from '../../../src/renderer/features/sharing/exchange-handler';
import { freshStore, importFiles, readCorpusFile } from '../storage/storage-kit';

async function bundleBytesOf(prefix: string): Promise<Uint8Array> {
  const { store } = freshStore();
  await importFiles(store, [readCorpusFile('documents', (n) => n.startsWith(prefix))]);
  const text = serialiseBundle(createBundle(await readLibrary(store), new Date().toISOString()));
  return new TextEncoder().encode(text);
}

const handlerFor = (store: Store) => createExchangeHandler(() => openStore(store.db.name));

describe('the exchange handler', () => {
  it('imports what its preview read, without the file, and counts what it previewed', async () => {
    const { store } = freshStore();
    const handle = handlerFor(store);
    const databaseName = store.db.name;
    const previewed = await handle({ task: 'preview', databaseName, bytes: await bundleBytesOf('000_') });
    expect(previewed.type === 'done' && previewed.result.ok && previewed.result.summary.sources.added).toBe(
      1,
    );
    expect(await listSources(store)).toEqual([]);
    const imported = await handle({ task: 'import', databaseName });
    expect(imported).toEqual(previewed);
    expect(await listSources(store)).toHaveLength(1);
    // What was kept is let go once imported: a second import has nothing to write.
    expect(await handle({ task: 'import', databaseName })).toEqual({
      type: 'error',
      message: NOTHING_PREVIEWED,
    });
  });

  it('merges into the library as it is at the import, keeping what changed after the preview', async () => {
    const { store } = freshStore();
    const handle = handlerFor(store);
    const databaseName = store.db.name;
    await handle({ task: 'preview', databaseName, bytes: await bundleBytesOf('000_') });
    // Another window imports a document while the preview waits.
    await importFiles(store, [readCorpusFile('documents', (n) => n.startsWith('002_'))]);
    const imported = await handle({ task: 'import', databaseName });
    expect(imported.type === 'done' && imported.result.ok && imported.result.summary.sources.added).toBe(1);
    expect(await listSources(store)).toHaveLength(2);
  });

  it('keeps nothing from a refused preview, so an import after it writes nothing', async () => {
    const { store } = freshStore();
    const handle = handlerFor(store);
    const databaseName = store.db.name;
    await handle({ task: 'preview', databaseName, bytes: await bundleBytesOf('000_') });
    const refused = await handle({
      task: 'preview',
      databaseName,
      bytes: new TextEncoder().encode('{"a":1}'),
    });
    expect(refused.type === 'done' && refused.result.ok).toBe(false);
    expect(await handle({ task: 'import', databaseName })).toEqual({
      type: 'error',
      message: NOTHING_PREVIEWED,
    });
    expect(await listSources(store)).toEqual([]);
  });
});
