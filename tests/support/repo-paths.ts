// Where the tests find the repository and its test corpus. Every test, kit and script that needs corpus
// files starts from here, so the corpus has one address and nothing reaches outside the repository.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The repository's root folder (the one holding package.json). */
export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** The labelled test corpus: documents/, formats/, gold/ and LABELING.md (see its README.md). */
export const corpusDir = path.join(repoRoot, 'tests/fixtures/corpus');

/** The corpus folder as a file URL ending in a slash, for `new URL('documents/x.txt', corpusUrl)`. */
export const corpusUrl = pathToFileURL(`${corpusDir}/`);

/** The corpus's plain-text documents (documents/*.txt), in name order, as full paths. */
export const corpusDocumentFiles = readdirSync(path.join(corpusDir, 'documents'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => path.join(corpusDir, 'documents', name));

/** Whether a quote is exact text of one of the corpus documents. */
export function isCorpusText(quote: string): boolean {
  return corpusDocumentFiles.some((file) => readFileSync(file, 'utf8').includes(quote));
}
