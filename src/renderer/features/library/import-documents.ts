// The document import pipeline: each picked file is checked against the size limit, extracted (core),
// turned into a source and stored. Files go one at a time with a pause between them, so the page keeps
// painting (the progress bar moves, "Cancel import" answers); one bad file is reported on its own and never
// stops the others. A cancel takes effect between files: what was imported stays, the rest are listed as
// not imported. An encrypted PDF asks for its password (again after a wrong one) or is skipped. A file
// whose text is already in the library from another file or encoding is not added (core's findSameText).
// A file that looks like a new version of a source here (core's findVersionCandidates) is not added either:
// the Library asks "Import as a new version of …?", and the answer imports it again with `newVersionOf`
// (its source supersedes the old one, whose claims move onto it) or `separate`.
import { createSource, extractDocument, type ExtractedDocument } from '../../../core/import/extract-document';
import { describeSameText, findSameText } from '../../../core/import/find-same-text';
import { ImportError, tooLargeError } from '../../../core/import/import-error';
import { ExtractionCancelled, type OffThreadExtractor } from './extract-in-worker';
import type { PickedFile } from '../../../core/model/platform';
import type { Store } from '../../storage/database';
import { describeStorageError } from '../../storage/describe-storage-error';
import { keepOriginal } from '../../storage/originals';
import { addSource, findSourcesLike } from '../../storage/sources';
import { addNewVersion } from '../../storage/source-versions';
import { describeReanchored } from '../../../core/versions/describe-reanchored';
import { describeVersionQuestion } from '../../../core/versions/find-version-candidates';
import { findVersionOf } from './find-version';
import type { VersionFinder } from './find-version-in-worker';
import type { ExtractDeps } from './extract-deps';
import { appendAll } from '../../../core/lists/append-all';

export type ImportOutcome =
  | { name: string; outcome: 'added'; sourceId: string; title: string; notes?: string[] }
  | { name: string; outcome: 'already-present'; sourceId: string; title: string }
  /** The same text as a source already here, from another file or encoding: not added. */
  | { name: string; outcome: 'same-text'; sourceId: string; title: string; message: string }
  /** Looks like a new version of a source here: not added until the researcher says which it is. */
  | { name: string; outcome: 'new-version'; sourceId: string; title: string; message: string }
  | { name: string; outcome: 'failed'; message: string }
  | { name: string; outcome: 'cancelled' };

export type ImportDeps = {
  researcherId: string;
  now: () => string;
  /** extractDocument's dependencies for one file; asked again with the password of an encrypted PDF. */
  extractDeps: (options: { password?: string }) => ExtractDeps;
  /** Files over this many bytes are refused by size, before extraction. */
  maxBytes: number;
  /** Add a file even when a source with the same text is already here ("Import anyway"). */
  allowSameText?: boolean;
  /** Import the file as a new version of this source, moving its claims (the answer to the question). */
  newVersionOf?: string;
  /** Add files that look like new versions of a source as sources of their own. */
  separate?: boolean;
  /** Reads files other than PDFs off the main thread (the app's worker); without it, inline. */
  extractOffThread?: OffThreadExtractor;
  /** Compares a file with the library's sources off the main thread (the app's worker); else inline. */
  findVersionOffThread?: VersionFinder;
};

/** Which file is being imported: the `index`-th (from 1) of `total`. */
export type ImportProgress = {
  index: number;
  total: number;
  name: string;
  /** Pages of this file read by OCR so far, of how many. */
  ocr?: { done: number; total: number };
};
/** An encrypted PDF needs its password; `wrong` when the last one given was not right. */
export type PasswordRequest = { fileName: string; wrong: boolean };

export type BatchControls = {
  onProgress?: (progress: ImportProgress) => void;
  /** Checked before each file; true stops the batch there. */
  isCancelled?: () => boolean;
  /** Resolves to the password, or null when the user skips the file. Without it, such files fail. */
  askPassword?: (request: PasswordRequest) => Promise<string | null>;
  /** Gives the event loop a turn between files (the UI's default: a macrotask). */
  pause?: () => Promise<void>;
  /** Aborted when the import is cancelled: a file being read off the main thread stops at once. */
  signal?: AbortSignal;
};

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function importDocuments(
  store: Store,
  files: PickedFile[],
  deps: ImportDeps,
  controls: BatchControls = {},
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  const pause = controls.pause ?? yieldToEventLoop;
  for (const [i, file] of files.entries()) {
    if (controls.isCancelled?.()) {
      appendAll(
        outcomes,
        files.slice(i).map((f) => ({ name: f.name, outcome: 'cancelled' as const })),
      );
      break;
    }
    controls.onProgress?.({ index: i + 1, total: files.length, name: file.name });
    await pause();
    outcomes.push(await importOne(store, file, deps, controls));
  }
  return outcomes;
}

async function importOne(
  store: Store,
  file: PickedFile,
  deps: ImportDeps,
  controls: BatchControls,
): Promise<ImportOutcome> {
  try {
    const size = Math.max(file.size ?? 0, file.bytes.length);
    if (size > deps.maxBytes) throw tooLargeError(file.name, size, deps.maxBytes);
    const extracted = await extractWithPassword(file, deps, controls);
    if (!extracted) {
      const message = `"${file.name}" is encrypted and was skipped: no password was given.`;
      return { name: file.name, outcome: 'failed', message };
    }
    const source = await createSource(file, extracted, {
      researcherId: deps.researcherId,
      now: deps.now(),
    });
    const check = findSameText(source, await findSourcesLike(store, source));
    if (check.kind === 'same-text' && !deps.allowSameText) {
      const { id, title } = check.existing;
      const message = describeSameText(file.name, title);
      return { name: file.name, outcome: 'same-text', sourceId: id, title, message };
    }
    if (deps.newVersionOf) {
      const moved = await addNewVersion(store, source, deps.newVersionOf, {
        researcherId: deps.researcherId,
      });
      if (source.format === 'pdf') await keepOriginal(store, source.id, file.bytes, extracted.ocrPages);
      const notes = [describeReanchored(moved), ...(extracted.notes ?? [])];
      return { name: file.name, outcome: 'added', sourceId: source.id, title: source.title, notes };
    }
    // A file whose same text was added anyway is a copy, not a version: the question was answered.
    if (!deps.separate && check.kind !== 'same-text') {
      const version = deps.findVersionOffThread
        ? await deps.findVersionOffThread(store, source, controls.signal)
        : await findVersionOf(store, source);
      if (version) {
        const { id, title } = version;
        const message = describeVersionQuestion(file.name, title);
        return { name: file.name, outcome: 'new-version', sourceId: id, title, message };
      }
    }
    const result = await addSource(store, source);
    // PDF pages are drawn from the file; kept once per source id, also when the source was already here.
    if (source.format === 'pdf') await keepOriginal(store, source.id, file.bytes, extracted.ocrPages);
    const notes = result === 'added' && extracted.notes ? { notes: extracted.notes } : {};
    return { name: file.name, outcome: result, sourceId: source.id, title: source.title, ...notes };
  } catch (error) {
    if (error instanceof ExtractionCancelled) return { name: file.name, outcome: 'cancelled' };
    const message =
      error instanceof ImportError
        ? error.message
        : `It could not be imported (${describeStorageError(error)}).`;
    return { name: file.name, outcome: 'failed', message };
  }
}

/** Extracts, asking for a password while the file says one is needed; null when the user skips it. */
async function extractWithPassword(
  file: PickedFile,
  deps: ImportDeps,
  controls: BatchControls,
): Promise<ExtractedDocument | null> {
  if (deps.extractOffThread && !/\.pdf$/i.test(file.name)) {
    return deps.extractOffThread(file, {
      maxBytes: deps.maxBytes,
      ...(controls.signal ? { signal: controls.signal } : {}),
    });
  }
  let password: string | undefined;
  for (;;) {
    try {
      return await extractDocument(file, deps.extractDeps(password === undefined ? {} : { password }));
    } catch (error) {
      const needsPassword =
        error instanceof ImportError &&
        (error.reason === 'password-required' || error.reason === 'wrong-password');
      if (!needsPassword || !controls.askPassword) throw error;
      const wrong = error.reason === 'wrong-password' || password !== undefined;
      const answer = await controls.askPassword({ fileName: file.name, wrong });
      if (answer === null) return null;
      password = answer;
    }
  }
}
