// The same text from another file or encoding, imported the way the Library does into IndexedDB
// (fake-indexeddb): the UTF-16 and Windows-1252 copies of a UTF-8 document are recognised by their text,
// not added, and the user is told which source they match; "Import anyway" adds them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { corpusDir } from '../../support/repo-paths';
import { describe, expect, it } from 'vitest';
import type { PickedFile } from '../../../src/core/model/platform';
import { summariseImport } from '../../../src/renderer/features/library/import-summary';
import { listSources } from '../../../src/renderer/storage/sources';
import { freshStore, importFiles } from '../storage/storage-kit';

const fixture = (path: string): PickedFile => {
  const name = path.split('/').pop()!;
  return { name, bytes: new Uint8Array(readFileSync(resolve(corpusDir, path))) };
};
const utf8 = fixture('documents/000_38c8a26222ede8aa.txt');
const utf16 = fixture('formats/000_38c8a26222ede8aa.utf16le.txt');
const cp1252 = fixture('formats/002_f51d64f123fd7464.cp1252.txt');
const cp1252Original = fixture('documents/002_f51d64f123fd7464.txt');

describe('importing the same text from another file', () => {
  it('does not add the UTF-16 copy of a UTF-8 document, and says which source it matches', async () => {
    const { store } = freshStore();
    const first = await importFiles(store, [utf8]);
    expect(first.outcomes[0]?.outcome).toBe('added');
    const [existing] = await listSources(store);

    const { outcomes } = await importFiles(store, [utf16]);
    const message = `“${utf16.name}” has the same text as “${existing!.title}”, already in your library.`;
    expect(outcomes).toEqual([
      { name: utf16.name, outcome: 'same-text', sourceId: existing!.id, title: existing!.title, message },
    ]);
    expect(await listSources(store)).toEqual([existing]);
    expect(summariseImport(outcomes)).toEqual({ tone: 'info', title: message, lines: [] });
  });

  it('recognises it within one batch too, whichever comes first', async () => {
    const { store } = freshStore();
    const { outcomes } = await importFiles(store, [cp1252, cp1252Original, utf8]);
    expect(outcomes.map((o) => o.outcome)).toEqual(['added', 'same-text', 'added']);
    expect((await listSources(store)).map((s) => s.fileName).sort()).toEqual([cp1252.name, utf8.name].sort());
  });

  it('adds the copy when asked to import anyway', async () => {
    const { store } = freshStore();
    await importFiles(store, [utf8]);
    const { outcomes } = await importFiles(store, [utf16], { deps: { allowSameText: true } });
    expect(outcomes[0]?.outcome).toBe('added');
    expect(await listSources(store)).toHaveLength(2);
  });

  it('still reports the very same file as already present', async () => {
    const { store } = freshStore();
    await importFiles(store, [utf8]);
    const { outcomes } = await importFiles(store, [utf8]);
    expect(outcomes[0]?.outcome).toBe('already-present');
  });
});
