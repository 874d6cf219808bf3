// A bundle file's preview or import as the import worker (and the page without workers) runs it: bytes
// that are not UTF-8 are refused before anything is parsed, a preview writes nothing, and the import
// writes what the preview counted.
import { describe, expect, it } from 'vitest';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { listSources } from '../../../src/renderer/storage/sources';
import { readLibrary } from '../../../src/renderer/storage/library-exchange';
import { runExchangeTask } from '../../../src/renderer/features/sharing/run-exchange-task';
import { freshStore, importFiles, readCorpusFile } from '../storage/storage-kit';

describe('runExchangeTask', () => {
  it('refuses bytes that are not UTF-8, naming the first bad byte, and writes nothing', async () => {
    const { store } = freshStore();
    const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]);
    const result = await runExchangeTask(store, 'import', bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('byte 3 of 5');
    expect(await listSources(store)).toEqual([]);
  });

  it('previews a bundle without writing it, then imports what the preview counted', async () => {
    const { store: from } = freshStore();
    await importFiles(from, [readCorpusFile('documents', (n) => n.startsWith('000_'))]);
    const text = serialiseBundle(createBundle(await readLibrary(from), new Date().toISOString()));
    const bytes = new TextEncoder().encode(text);
    const { store: to } = freshStore();
    const preview = await runExchangeTask(to, 'preview', bytes);
    expect(preview.ok && preview.summary.sources.added).toBe(1);
    expect(await listSources(to)).toEqual([]);
    const imported = await runExchangeTask(to, 'import', bytes);
    expect(imported.ok && imported.summary.sources.added).toBe(1);
    expect((await listSources(to)).map((s) => s.id)).toEqual((await listSources(from)).map((s) => s.id));
  });
});
