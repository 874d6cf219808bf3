// Where the tests find the repository and its test corpus. Every test, kit and script that needs corpus
// files starts from here, so the corpus has one address and nothing reaches outside the repository.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The repository's root folder (the one holding package.json). */
export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** The labelled test corpus: documents/, formats/, gold/ and LABELING.md (see its README.md). */
export const corpusDir = path.join(repoRoot, 'tests/fixtures/corpus');

/** The corpus folder as a file URL ending in a slash, for `new URL('documents/x.txt', corpusUrl)`. */
export const corpusUrl = pathToFileURL(`${corpusDir}/`);
