// Runs a bundle's preview or import in its own worker (exchange-worker.ts) and resolves to its result; the
// worker is ended when it answers, or at once when the import is cancelled (the abort signal), which
// aborts a write under way so nothing is changed. The file's bytes are moved to the worker and back, not
// copied: a copy of a 200 MB bundle was a long task in the window, twice (preview, then import).
import { runWorkerOnce } from '../../services/run-worker-once';
import type { ImportDatabaseResult } from '../../storage/library-exchange';
import type { ExchangeReply, ExchangeRequest } from './exchange-protocol';

/** The import was cancelled before it finished; nothing was written. */
export class ExchangeCancelled extends Error {
  override readonly name = 'ExchangeCancelled';
}

export type ExchangeDone = { result: ImportDatabaseResult; bytes: Uint8Array };

/** Bytes that are a whole buffer can be moved to the worker; a view into a larger one is copied. */
const movable = (bytes: Uint8Array): Transferable[] =>
  bytes.byteOffset === 0 &&
  bytes.byteLength === bytes.buffer.byteLength &&
  bytes.buffer instanceof ArrayBuffer
    ? [bytes.buffer]
    : [];

/**
 * The worker's result, with the bytes it was given back (moved there and back: the request's own array is
 * left empty meanwhile, so the caller keeps the returned one).
 */
export function runExchangeInWorker(request: ExchangeRequest, signal?: AbortSignal): Promise<ExchangeDone> {
  return runWorkerOnce({
    start: () => new Worker(new URL('./exchange-worker.ts', import.meta.url), { type: 'module' }),
    request,
    transfer: movable(request.bytes),
    read: (reply: ExchangeReply): ExchangeDone => {
      if (reply.type === 'done') return { result: reply.result, bytes: reply.bytes };
      throw new Error(reply.message);
    },
    signal,
    cancelled: () => new ExchangeCancelled(),
    stopped: 'The database could not be read (the worker stopped).',
  });
}
