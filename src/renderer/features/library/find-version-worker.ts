// The version-check worker: compares one imported file with every source in the library (find-version.ts)
// off the main thread, reading the sources from IndexedDB itself, and answers with the best candidate.
import { closeStore, openStore } from '../../storage/database';
import { findVersionOf, type VersionFound, type VersionProbe } from './find-version';

export type FindVersionRequest = { databaseName: string; probe: VersionProbe };
export type FindVersionReply = { type: 'found'; found: VersionFound } | { type: 'error'; message: string };

// The DOM library types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FindVersionRequest>) => void) | null;
  postMessage: (reply: FindVersionReply) => void;
};

scope.onmessage = (event) => {
  const store = openStore(event.data.databaseName);
  findVersionOf(store, event.data.probe)
    .then(
      (found) => scope.postMessage({ type: 'found', found }),
      (error: unknown) =>
        scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => closeStore(store));
};
