// Merging a library read from an interchange file into the database: the same plan as a bundle's, so the
// preview counts what the import then writes, and a file whose records would leave an invalid library is
// refused before anything is written.
import { describe, expect, it } from 'vitest';
import type { Library } from '../../../src/core/model/records';
import { w3cFormat } from '../../../src/core/interchange/w3c/w3c-format';
import { readInterchange } from '../../../src/core/interchange/read-interchange';
import {
  importLibrary,
  previewLibraryImport,
  readLibrary,
} from '../../../src/renderer/storage/library-exchange';
import { listWholeSources } from '../../../src/renderer/storage/sources';
import { freshStore, importFiles, readCorpusFile } from './storage-kit';

const NOW = new Date().toISOString();

describe('import of an interchange library', () => {
  it('previews what a W3C file adds, writes exactly that, and adds nothing the second time', async () => {
    const { store } = freshStore();
    const { researcher } = await importFiles(store, [
      readCorpusFile('documents', (n) => n.startsWith('000_')),
    ]);
    const [source] = await listWholeSources(store);
    const exact = source!.text.slice(200, 240);
    const file = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'https://annotations.example.org/1',
      bodyValue: 'Worth checking',
      body: { type: 'TextualBody', purpose: 'tagging', value: 'to check' },
      target: { source: 'https://elsewhere.example.org/x', selector: { type: 'TextQuoteSelector', exact } },
    };
    const bytes = new TextEncoder().encode(JSON.stringify(file));
    const context = { existing: await readLibrary(store), now: NOW, researcherId: researcher.id };
    const read = await readInterchange(w3cFormat, bytes, context);
    const preview = await previewLibraryImport(store, read.library);
    expect(preview.ok && [preview.summary.claims.added, preview.summary.tags.added]).toEqual([1, 1]);
    const result = await importLibrary(store, read.library);
    expect(result).toEqual(preview);
    const [claim] = (await readLibrary(store)).claims;
    expect(claim).toMatchObject({ note: 'Worth checking', sourceId: source!.id });
    const again = await importLibrary(store, read.library);
    expect(again.ok && again.summary.claims).toEqual({ added: 0, updated: 0 });
  });

  it('refuses a library that would leave the database invalid, and writes nothing', async () => {
    const { store } = freshStore();
    const { researcher } = await importFiles(store, [
      readCorpusFile('documents', (n) => n.startsWith('000_')),
    ]);
    const before = await readLibrary(store);
    const [source] = before.sources;
    const broken: Library = {
      ...before,
      sources: [],
      researchers: [],
      claims: [
        {
          id: 'c-1',
          sourceId: source!.id,
          target: {
            source: source!.id,
            selector: [
              { type: 'TextQuoteSelector', exact: 'not the text there', prefix: '', suffix: '' },
              { type: 'TextPositionSelector', start: 0, end: 18 },
            ],
          },
          kind: 'quote',
          fields: {},
          statement: '',
          tagIds: ['no-such-tag'],
          note: '',
          status: 'accepted',
          createdAt: NOW,
          createdBy: researcher.id,
          updatedAt: NOW,
          updatedBy: researcher.id,
          deleted: false,
        },
      ],
    };
    const preview = await previewLibraryImport(store, broken);
    expect(preview.ok).toBe(false);
    expect(await importLibrary(store, broken)).toEqual(preview);
    expect(await readLibrary(store)).toEqual(before);
  });
});
