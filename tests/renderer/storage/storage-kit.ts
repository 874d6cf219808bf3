/// <reference types="node" />
// Shared helpers for the storage tests: a fresh database per test on fake-indexeddb, corpus files read from
// the shared corpus, and the same import pipeline the app runs (with linkedom standing in for DOMParser).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DOMParser } from 'linkedom';
import { createId } from '../../../src/core/ids';
import type { PickedFile } from '../../../src/core/model/platform';
import { openStore, type Store } from '../../../src/renderer/storage/database';
import { importDocuments } from '../../../src/renderer/features/library/import-documents';
import { ensureLocalResearcher } from '../../../src/renderer/storage/researchers';

export const corpusDir = resolve('../shared/corpus');

export function freshStore(): { store: Store; name: string } {
  const name = `test-${createId()}`;
  return { store: openStore(name), name };
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

/** Imports files the way the app does, as the store's local researcher. */
export async function importFiles(store: Store, files: PickedFile[]) {
  const researcher = await ensureLocalResearcher(store);
  const outcomes = await importDocuments(store, files, {
    parseHtml,
    researcherId: researcher.id,
    now: () => new Date().toISOString(),
  });
  return { researcher, outcomes };
}
