// Runs a bundle's preview or import, or an export, in its own worker (exchange-worker.ts) and resolves to
// its result; the worker is ended when it answers, or at once when the import is cancelled (the abort
// signal), which aborts a write under way so nothing is changed. A bundle's bytes are moved to the worker
// and back, not copied: a copy of a 200 MB bundle was a long task in the window, twice (preview, import).
import { spansWholeBuffer } from '../../../core/files/whole-buffer';
import { runWorkerOnce } from '../../services/run-worker-once';
import type { ImportDatabaseResult } from '../../storage/library-exchange';
import type { ExchangeReply, ExchangeRequest } from './exchange-protocol';
import type { ExportRequest } from './export-library';

/** The import was cancelled before it finished; nothing was written. */
export class ExchangeCancelled extends Error {
  override readonly name = 'ExchangeCancelled';
}

/** Bytes that are a whole buffer can be moved to the worker; a view into a larger one is copied. */
const movable = (bytes: Uint8Array): Transferable[] =>
  spansWholeBuffer(bytes) && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];

function callWorker(request: ExchangeRequest, signal?: AbortSignal): Promise<ExchangeReply> {
  return runWorkerOnce({
    start: () => new Worker(new URL('./exchange-worker.ts', import.meta.url), { type: 'module' }),
    request,
    transfer: request.task === 'export' ? [] : movable(request.bytes),
    read: (reply: ExchangeReply): ExchangeReply => {
      if (reply.type === 'error') throw new Error(reply.message);
      return reply;
    },
    signal,
    cancelled: () => new ExchangeCancelled(),
    stopped: 'The database could not be read (the worker stopped).',
  });
}

export type ExchangeDone = { result: ImportDatabaseResult; bytes: Uint8Array };

/**
 * The worker's result, with the bytes it was given back (moved there and back: the request's own array is
 * left empty meanwhile, so the caller keeps the returned one).
 */
export async function runExchangeInWorker(
  request: Extract<ExchangeRequest, { task: 'preview' | 'import' }>,
  signal?: AbortSignal,
): Promise<ExchangeDone> {
  const reply = await callWorker(request, signal);
  if (reply.type !== 'done') throw new Error('The database worker gave an unexpected answer.');
  return { result: reply.result, bytes: reply.bytes };
}

/** The export file's bytes, written by the worker from the database. */
export async function exportInWorker(databaseName: string, request: ExportRequest): Promise<Uint8Array> {
  const reply = await callWorker({ task: 'export', databaseName, request });
  if (reply.type !== 'exported') throw new Error('The database worker gave an unexpected answer.');
  return reply.bytes;
}
