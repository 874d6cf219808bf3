// The search worker: holds the library's search index (core/search) off the main thread, so building it
// over thousands of sources, and each query, never stalls the window. It reads the library from IndexedDB
// itself and then reads only what each write names (watch-library.ts); changes are applied in order, in slices of a
// few hundred records with a pause between, so a query typed while a large library is still being indexed
// is answered at once from what is indexed so far (the reply says how far that is). While a briefing the
// researcher waits on is composed, the slices wait (services/foreground-work.ts); queries do not.
import {
  countIndexed,
  createSearchIndex,
  dropClaim,
  dropSource,
  putClaim,
  putSource,
} from '../../../core/search/search-index';
import { searchLibrary } from '../../../core/search/search-library';
import { watchForegroundWork } from '../../services/foreground-work';
import { openStore } from '../../storage/database';
import { isEmptyChange } from './diff-library';
import type { IndexChanges, SearchReply, SearchRequest } from './search-protocol';
import { watchLibrary, type LibraryWatch } from './watch-library';

// The DOM library types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage: (reply: SearchReply) => void;
};

/** Records indexed between two pauses (a source is some dozens of passages; a claim is one document). */
const SLICE = { sources: 100, claims: 2000 };

/** How often indexing looks again whether a waited-on task (a briefing) has ended. */
const HOLD_MS = 250;

const index = createSearchIndex();
// A briefing the researcher waits on gets the cores: indexing holds its next slice meanwhile.
const foreground = watchForegroundWork();
const queue: IndexChanges[] = [];
let started = 0;
let working = false;
let watching: LibraryWatch | null = null;

function applySlice(changes: IndexChanges): boolean {
  for (const id of changes.dropSources.splice(0)) dropSource(index, id);
  for (const id of changes.dropClaims.splice(0)) dropClaim(index, id);
  for (const source of changes.putSources.splice(0, SLICE.sources)) putSource(index, source);
  if (changes.putSources.length > 0) return false;
  for (const claim of changes.putClaims.splice(0, SLICE.claims)) putClaim(index, claim);
  return changes.putClaims.length === 0;
}

const remaining = () =>
  queue.reduce((n, c) => n + c.putSources.length + c.putClaims.length + c.dropSources.length, 0);

function reportIndexed(): void {
  scope.postMessage({
    type: 'indexed',
    counts: countIndexed(index),
    milliseconds: performance.now() - started,
    remaining: remaining(),
  });
}

function enqueue(changes: IndexChanges): void {
  const empty = isEmptyChange(changes);
  if (!empty) queue.push(changes);
  if (!working && !empty) {
    working = true;
    started = performance.now();
    setTimeout(work, 0);
  }
  // Said at once, so the window knows how much is left (or that nothing is) before the first slice.
  reportIndexed();
}

function watch(databaseName: string): void {
  watching?.stop();
  watching = watchLibrary(openStore(databaseName), enqueue, (error: unknown) =>
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
}

function work(): void {
  const changes = queue[0];
  if (!changes) {
    working = false;
    return;
  }
  if (foreground.isBusy()) {
    setTimeout(work, HOLD_MS);
    return;
  }
  try {
    if (applySlice(changes)) queue.shift();
  } catch (error) {
    queue.shift();
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
  reportIndexed();
  // A pause lets queries waiting in the message queue run between slices.
  setTimeout(work, 0);
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'watch') return watch(request.databaseName);
  const begun = performance.now();
  try {
    const results = searchLibrary(index, request.query, request.filters);
    scope.postMessage({ type: 'results', id: request.id, results, milliseconds: performance.now() - begun });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'error', id: request.id, message });
  }
};
