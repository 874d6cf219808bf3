// Runs a bundle's preview or import in its own worker (exchange-worker.ts) and resolves to its result; the
// worker is ended when it answers, or at once when the import is cancelled (the abort signal), which
// aborts a write under way so nothing is changed.
import { runWorkerOnce } from '../../services/run-worker-once';
import type { ImportDatabaseResult } from '../../storage/library-exchange';
import type { ExchangeReply, ExchangeRequest } from './exchange-protocol';

/** The import was cancelled before it finished; nothing was written. */
export class ExchangeCancelled extends Error {
  override readonly name = 'ExchangeCancelled';
}

export function runExchangeInWorker(
  request: ExchangeRequest,
  signal?: AbortSignal,
): Promise<ImportDatabaseResult> {
  return runWorkerOnce({
    start: () => new Worker(new URL('./exchange-worker.ts', import.meta.url), { type: 'module' }),
    request,
    read: (reply: ExchangeReply): ImportDatabaseResult => {
      if (reply.type === 'done') return reply.result;
      throw new Error(reply.message);
    },
    signal,
    cancelled: () => new ExchangeCancelled(),
    stopped: 'The database could not be read (the worker stopped).',
  });
}
