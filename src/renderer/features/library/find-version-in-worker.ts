// Runs one version check in its own worker (find-version-worker.ts), ended when it answers or at once
// when the import is cancelled, like a file's extraction.
import { runWorkerOnce } from '../../services/run-worker-once';
import type { Store } from '../../storage/database';
import { ExtractionCancelled } from './extract-in-worker';
import type { VersionFound, VersionProbe } from './find-version';
import type { FindVersionReply, FindVersionRequest } from './find-version-worker';

export type VersionFinder = (
  store: Store,
  probe: VersionProbe,
  signal?: AbortSignal,
) => Promise<VersionFound>;

export const findVersionInWorker: VersionFinder = (store, probe, signal) => {
  const request: FindVersionRequest = {
    databaseName: store.db.name,
    probe: { id: probe.id, title: probe.title, metadata: probe.metadata, text: probe.text },
  };
  return runWorkerOnce({
    start: () => new Worker(new URL('./find-version-worker.ts', import.meta.url), { type: 'module' }),
    request,
    read: (reply: FindVersionReply): VersionFound => {
      if (reply.type === 'found') return reply.found;
      throw new Error(reply.message);
    },
    signal,
    cancelled: () => new ExtractionCancelled(probe.title),
    stopped: 'The library could not be compared (the worker stopped).',
  });
};
