// Runs a bundle's preview or import in its own worker (exchange-worker.ts) and resolves to its result; the
// worker is ended when it answers, or at once when the import is cancelled (the abort signal), which
// aborts a write under way so nothing is changed.
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
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ExchangeCancelled());
    const worker = new Worker(new URL('./exchange-worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new ExchangeCancelled());
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<ExchangeReply>) => {
      finish();
      const reply = event.data;
      if (reply.type === 'done') resolve(reply.result);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Error(event.message || 'The database could not be read (the worker stopped).'));
    };
    worker.postMessage(request);
  });
}
