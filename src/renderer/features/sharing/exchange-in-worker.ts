// Runs a bundle's preview or import, or an export, in its own worker (exchange-worker.ts) and resolves to
// its result; the worker is ended when it answers, or at once when the import is cancelled (the abort
// signal), which aborts a write under way so nothing is changed.
import type { ImportDatabaseResult } from '../../storage/library-exchange';
import type { ExchangeReply, ExchangeRequest } from './exchange-protocol';
import type { ExportRequest } from './export-library';

/** The import was cancelled before it finished; nothing was written. */
export class ExchangeCancelled extends Error {
  override readonly name = 'ExchangeCancelled';
}

function callWorker(request: ExchangeRequest, signal?: AbortSignal): Promise<ExchangeReply> {
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
      if (reply.type === 'error') reject(new Error(reply.message));
      else resolve(reply);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Error(event.message || 'The database could not be read (the worker stopped).'));
    };
    worker.postMessage(request);
  });
}

export async function runExchangeInWorker(
  request: Extract<ExchangeRequest, { task: 'preview' | 'import' }>,
  signal?: AbortSignal,
): Promise<ImportDatabaseResult> {
  const reply = await callWorker(request, signal);
  if (reply.type !== 'done') throw new Error('The database worker gave an unexpected answer.');
  return reply.result;
}

/** The export file's bytes, written by the worker from the database. */
export async function exportInWorker(databaseName: string, request: ExportRequest): Promise<Uint8Array> {
  const reply = await callWorker({ task: 'export', databaseName, request });
  if (reply.type !== 'exported') throw new Error('The database worker gave an unexpected answer.');
  return reply.bytes;
}
