// Runs one version check in its own worker (find-version-worker.ts), ended when it answers or at once
// when the import is cancelled, like a file's extraction.
import type { Store } from '../../storage/database';
import { ExtractionCancelled } from './extract-in-worker';
import type { VersionFound, VersionProbe } from './find-version';
import type { FindVersionReply, FindVersionRequest } from './find-version-worker';

export type VersionFinder = (
  store: Store,
  probe: VersionProbe,
  signal?: AbortSignal,
) => Promise<VersionFound>;

export const findVersionInWorker: VersionFinder = (store, probe, signal) =>
  new Promise<VersionFound>((resolve, reject) => {
    if (signal?.aborted) return reject(new ExtractionCancelled(probe.title));
    const worker = new Worker(new URL('./find-version-worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new ExtractionCancelled(probe.title));
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<FindVersionReply>) => {
      finish();
      const reply = event.data;
      if (reply.type === 'found') resolve(reply.found);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Error(event.message || 'The library could not be compared (the worker stopped).'));
    };
    const request: FindVersionRequest = {
      databaseName: store.db.name,
      probe: { id: probe.id, title: probe.title, metadata: probe.metadata, text: probe.text },
    };
    worker.postMessage(request);
  });
