// Runs one file's extraction in its own worker (extract-worker.ts) and resolves to its document; the
// worker is ended as soon as it answers, or at once when the import is cancelled (the abort signal), so a
// cancelled or runaway file stops costing memory and time immediately.
import type { ExtractedDocument, ImportFile } from '../../../core/import/extract-document';
import { ImportError } from '../../../core/import/import-error';
import type { ExtractReply } from './extract-protocol';

/** The import was cancelled while this file was being read. */
export class ExtractionCancelled extends Error {
  override readonly name = 'ExtractionCancelled';
}

export type OffThreadExtractor = (
  file: ImportFile,
  options: { maxBytes: number; signal?: AbortSignal },
) => Promise<ExtractedDocument>;

export const extractInWorker: OffThreadExtractor = (file, { maxBytes, signal }) =>
  new Promise<ExtractedDocument>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ExtractionCancelled(file.name));
      return;
    }
    const worker = new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new ExtractionCancelled(file.name));
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<ExtractReply>) => {
      finish();
      const reply = event.data;
      if (reply.type === 'extracted') resolve(reply.document);
      else if (reply.type === 'import-error')
        reject(new ImportError(reply.name, reply.reason, reply.message));
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Error(event.message || 'The document could not be read (the reader stopped).'));
    };
    // A copy goes to the worker, so the caller's bytes stay usable (PDF originals are kept, for one).
    worker.postMessage({ name: file.name, bytes: file.bytes, maxBytes });
  });
