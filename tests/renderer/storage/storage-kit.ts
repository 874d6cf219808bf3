/// <reference types="node" />
// Shared helpers for the storage tests: a fresh database per test on fake-indexeddb, corpus files read from
// the repository's test corpus, and the same import pipeline the app runs (with linkedom standing in for DOMParser).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DOMParser } from 'linkedom';
import mammoth from 'mammoth';
import { createMammothConverter } from '../../../src/core/import/docx/docx-converter';
import { MAX_IMPORT_BYTES } from '../../../src/core/import/extract-document';
import { createId } from '../../../src/core/ids';
import type { PickedFile } from '../../../src/core/model/platform';
import type { Claim, Library } from '../../../src/core/model/records';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import { saveClaim } from '../../../src/renderer/storage/claims';
import { listWholeSources } from '../../../src/renderer/storage/sources';
import { putSources } from '../../../src/renderer/storage/source-texts';
import { ensureTags } from '../../../src/renderer/storage/tags';
import { openStore, type Store } from '../../../src/renderer/storage/database';
import {
  importDocuments,
  type BatchControls,
  type ImportDeps,
} from '../../../src/renderer/features/library/import-documents';
import { ensureLocalResearcher } from '../../../src/renderer/storage/researchers';
import { corpusDir } from '../../support/repo-paths';

export function freshStore(): { store: Store; name: string } {
  const name = `test-${createId()}`;
  return { store: openStore(name), name };
}

/** Writes a library's sources, claims and tags straight into a store, as a worker later finds them. */
export async function putLibrary(
  store: Store,
  library: Pick<Library, 'sources' | 'claims' | 'tags'>,
): Promise<void> {
  await putSources(store.db, library.sources);
  await store.db.claims.bulkPut(library.claims);
  await store.db.tags.bulkPut(library.tags);
}

export function readCorpusFile(
  folder: 'documents' | 'formats',
  predicate: (name: string) => boolean,
): PickedFile {
  const dir = resolve(corpusDir, folder);
  const name = readdirSync(dir).sort().find(predicate);
  if (!name) throw new Error(`No corpus file in ${folder} matches.`);
  return { name, bytes: new Uint8Array(readFileSync(resolve(dir, name))) };
}

export const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Mammoth's Node build with the options core fixes: the same converter the CLI uses. */
export const convertDocx = createMammothConverter(mammoth);

/**
 * Imports files the way the app does, as the store's local researcher (linkedom and mammoth's Node build
 * stand in for the browser's DOMParser and mammoth chunk). `extractDeps` and `maxBytes` may be replaced.
 */
export async function importFiles(
  store: Store,
  files: PickedFile[],
  options: { deps?: Partial<Omit<ImportDeps, 'researcherId'>>; controls?: BatchControls } = {},
) {
  const researcher = await ensureLocalResearcher(store);
  const outcomes = await importDocuments(
    store,
    files,
    {
      researcherId: researcher.id,
      now: () => new Date().toISOString(),
      maxBytes: MAX_IMPORT_BYTES,
      extractDeps: () => ({ parseHtml, convertDocx }),
      ...options.deps,
    },
    { pause: async () => {}, ...options.controls },
  );
  return { researcher, outcomes };
}

/**
 * Imports one corpus document and saves a quote claim on its first 30 characters, as a researcher would:
 * the smallest library with a claim in it.
 */
export async function importWithQuote(
  store: Store,
  options: { note: string; file?: (name: string) => boolean; tagNames?: string[] },
): Promise<Claim> {
  const { file = (name: string) => name.endsWith('.txt'), note, tagNames = [] } = options;
  const { researcher } = await importFiles(store, [readCorpusFile('documents', file)]);
  const [source] = await listWholeSources(store);
  const tags = await ensureTags(store, tagNames, { researcherId: researcher.id });
  return saveClaim(
    store,
    {
      sourceId: source!.id,
      target: { source: source!.id, selector: describeRange(source!.text, 0, 30) },
      kind: 'quote',
      fields: {},
      statement: '',
      tagIds: tags.map((t) => t.id),
      note,
    },
    { researcherId: researcher.id },
  );
}
