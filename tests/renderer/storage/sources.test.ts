// Importing documents into the library: real corpus files go through extraction into IndexedDB; the same
// file twice adds nothing and says so; a bad file is reported on its own and the others still import.
import { describe, expect, it } from 'vitest';
import { summariseImport } from '../../../src/renderer/features/library/import-summary';
import { listWholeSources } from '../../../src/renderer/storage/sources';
import { freshStore, importFiles, readCorpusFile } from './storage-kit';

describe('importing documents', () => {
  it('imports a text and an HTML file, and the same file twice adds nothing', async () => {
    const { store } = freshStore();
    const txt = readCorpusFile('documents', (n) => n.endsWith('.txt'));
    const html = readCorpusFile('formats', (n) => n.endsWith('.html'));
    const first = await importFiles(store, [txt, html]);
    expect(first.outcomes.map((o) => o.outcome)).toEqual(['added', 'added']);
    const sources = await listWholeSources(store);
    expect(sources.map((s) => s.format).sort()).toEqual(['html', 'txt']);
    expect(sources.every((s) => s.text.length > 100)).toBe(true);

    const second = await importFiles(store, [txt]);
    expect(second.outcomes.map((o) => o.outcome)).toEqual(['already-present']);
    expect(await listWholeSources(store)).toEqual(sources);
    expect(summariseImport(second.outcomes).lines[0]).toContain('already in the library');
  });

  it('lists a file that cannot be imported and still imports the rest', async () => {
    const { store } = freshStore();
    const txt = readCorpusFile('documents', (n) => n.endsWith('.txt'));
    const { outcomes } = await importFiles(store, [
      { name: 'empty.txt', bytes: new Uint8Array() },
      { name: 'sheet.xlsx', bytes: new Uint8Array([1, 2, 3]) },
      txt,
    ]);
    expect(outcomes.map((o) => o.outcome)).toEqual(['failed', 'failed', 'added']);
    const summary = summariseImport(outcomes);
    expect(summary.tone).toBe('error');
    expect(summary.lines[0]).toMatch(/^empty\.txt: not imported\. \S/);
    expect(summary.lines[1]).toMatch(/^sheet\.xlsx: not imported\. \S/);
    expect(await listWholeSources(store)).toHaveLength(1);
  });
});
