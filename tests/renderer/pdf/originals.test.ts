/// <reference types="node" />
// A PDF's original bytes are kept once per source when it is imported (pages are drawn from them):
// importing the same file again, or again after its source was deleted, stores nothing twice; other
// formats keep none.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdfText } from '../../../src/cli/pdf/load-pdf';
import { getOriginal, keepOriginal } from '../../../src/renderer/storage/originals';
import { convertDocx, freshStore, importFiles, parseHtml, readCorpusFile } from '../storage/storage-kit';

const report = {
  name: 'report.pdf',
  bytes: new Uint8Array(readFileSync(resolve('tests/fixtures/pdf/report.pdf'))),
};
const withPdf = () => ({
  parseHtml,
  convertDocx,
  loadPdf: (bytes: Uint8Array, fileName?: string) =>
    loadPdfText(bytes, { fileName: fileName ?? 'x.pdf', workers: 1 }),
});

describe('original bytes', () => {
  it('keeps an imported PDF’s bytes once, by its source id', async () => {
    const { store } = freshStore();
    const first = await importFiles(store, [report], { deps: { extractDeps: withPdf } });
    const [outcome] = first.outcomes;
    expect(outcome?.outcome).toBe('added');
    const id = (outcome as { sourceId: string }).sourceId;
    expect(await getOriginal(store, id)).toEqual(report.bytes);

    const again = await importFiles(store, [report], { deps: { extractDeps: withPdf } });
    expect(again.outcomes[0]?.outcome).toBe('already-present');
    expect(await store.db.originals.count()).toBe(1);

    await store.db.sources.update(id, { deleted: true });
    const revived = await importFiles(store, [report], { deps: { extractDeps: withPdf } });
    expect(revived.outcomes[0]?.outcome).toBe('added');
    expect(await store.db.originals.count()).toBe(1);
  });

  it('keeps no bytes for text formats, and reports a source without bytes as having none', async () => {
    const { store } = freshStore();
    const text = readCorpusFile('documents', (name) => name.endsWith('.txt'));
    const { outcomes } = await importFiles(store, [text]);
    expect(outcomes[0]?.outcome).toBe('added');
    expect(await store.db.originals.count()).toBe(0);
    expect(await getOriginal(store, (outcomes[0] as { sourceId: string }).sourceId)).toBeNull();
  });

  it('stores exactly the given bytes, not the larger buffer they are a view of', async () => {
    const { store } = freshStore();
    const buffer = new Uint8Array([9, 9, 1, 2, 3, 9]);
    expect(await keepOriginal(store, 'abc', buffer.subarray(2, 5))).toBe(true);
    expect(await keepOriginal(store, 'abc', buffer)).toBe(false);
    const kept = await getOriginal(store, 'abc');
    expect(Array.from(kept ?? [])).toEqual([1, 2, 3]);
  });
});
