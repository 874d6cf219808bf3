// Runs a bundle's preview and then its import, or an export, in a worker of its own (exchange-worker.ts)
// and resolves to its result. A bundle's worker is kept from the preview to the import (a session), since
// it holds the library it read from the file, and ended when the import is done, the preview is
// dismissed, or the import is cancelled (the abort signal), which aborts a write under way so nothing is
// changed. A bundle's bytes are moved to the worker, not copied: a copy of a 200 MB bundle was a long
// task in the window.
import { spansWholeBuffer } from '../../../core/files/whole-buffer';
import { runWorkerOnce } from '../../services/run-worker-once';
import { startWorkerSession } from '../../services/worker-session';
import type { ImportDatabaseResult } from '../../storage/library-exchange';
import type { ExchangeReply, ExchangeRequest } from './exchange-protocol';
import type { ExportRequest } from './export-library';

/** The import was cancelled before it finished; nothing was written. */
export class ExchangeCancelled extends Error {
  override readonly name = 'ExchangeCancelled';
}

const STOPPED = 'The database could not be read (the worker stopped).';

/** Bytes that are a whole buffer can be moved to the worker; a view into a larger one is copied. */
const movable = (bytes: Uint8Array): Transferable[] =>
  spansWholeBuffer(bytes) && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];

const resultOf = (reply: ExchangeReply): ImportDatabaseResult => {
  if (reply.type === 'error') throw new Error(reply.message);
  if (reply.type !== 'done') throw new Error('The database worker gave an unexpected answer.');
  return reply.result;
};

/** A bundle file's preview, then the import of what it previewed, in one worker. */
export type BundleSession = {
  /** The file's bytes are moved to the worker: the array given is left empty. */
  preview: (bytes: Uint8Array, signal?: AbortSignal) => Promise<ImportDatabaseResult>;
  /** Merges the file the preview read into the library; the preview must have succeeded. */
  importPreviewed: (signal?: AbortSignal) => Promise<ImportDatabaseResult>;
  end: () => void;
};

export function startBundleSession(databaseName: string): BundleSession {
  const session = startWorkerSession<ExchangeRequest, ExchangeReply>({
    start: () => new Worker(new URL('./exchange-worker.ts', import.meta.url), { type: 'module' }),
    cancelled: () => new ExchangeCancelled(),
    stopped: STOPPED,
  });
  return {
    preview: (bytes, signal) =>
      session
        .ask({ task: 'preview', databaseName, bytes }, { transfer: movable(bytes), signal })
        .then(resultOf),
    importPreviewed: (signal) => session.ask({ task: 'import', databaseName }, { signal }).then(resultOf),
    end: session.end,
  };
}

/** The export file's bytes, written by the worker from the database. */
export async function exportInWorker(databaseName: string, request: ExportRequest): Promise<Uint8Array> {
  const reply = await runWorkerOnce({
    start: () => new Worker(new URL('./exchange-worker.ts', import.meta.url), { type: 'module' }),
    request: { task: 'export', databaseName, request } satisfies ExchangeRequest,
    read: (answer: ExchangeReply): ExchangeReply => {
      if (answer.type === 'error') throw new Error(answer.message);
      return answer;
    },
    cancelled: () => new ExchangeCancelled(),
    stopped: STOPPED,
  });
  if (reply.type !== 'exported') throw new Error('The database worker gave an unexpected answer.');
  return reply.bytes;
}
