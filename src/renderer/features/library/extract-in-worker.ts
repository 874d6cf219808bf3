// Runs one file's extraction in its own worker (extract-worker.ts) and resolves to its document; the
// worker is ended as soon as it answers, or at once when the import is cancelled (the abort signal), so a
// cancelled or runaway file stops costing memory and time immediately.
import type { ExtractedDocument, ImportFile } from '../../../core/import/extract-document';
import { ImportError } from '../../../core/import/import-error';
import { runWorkerOnce } from '../../services/run-worker-once';
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
  runWorkerOnce({
    start: () => new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' }),
    // A copy goes to the worker, so the caller's bytes stay usable (PDF originals are kept, for one).
    request: { name: file.name, bytes: file.bytes, maxBytes },
    read: (reply: ExtractReply): ExtractedDocument => {
      if (reply.type === 'extracted') return reply.document;
      if (reply.type === 'import-error') throw new ImportError(reply.name, reply.reason, reply.message);
      throw new Error(reply.message);
    },
    signal,
    cancelled: () => new ExtractionCancelled(file.name),
    stopped: 'The document could not be read (the reader stopped).',
  });
