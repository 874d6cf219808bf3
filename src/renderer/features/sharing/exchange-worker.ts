// The database-exchange worker: decodes a bundle file (UTF-8, strictly), parses it, checks its text
// hashes, merges it with the library and validates the result (the preview), or does all that and writes
// it in one transaction (the import), off the main thread (run-exchange-task.ts), so a library of 100,000
// claims never freezes the window; or reads the library and writes an export file (export-library.ts),
// handing back only its bytes. It opens the same IndexedDB database by name; Dexie tells the page's live
// queries of the write. Ending the worker mid-import aborts the transaction, so "Cancel import" leaves
// the library as it was.
import { closeStore, openStore } from '../../storage/database';
import type { ExchangeReply, ExchangeRequest } from './exchange-protocol';
import { exportLibrary } from './export-library';
import { runExchangeTask } from './run-exchange-task';

// The DOM library types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ExchangeRequest>) => void) | null;
  postMessage: (reply: ExchangeReply, transfer?: Transferable[]) => void;
};

function run(request: ExchangeRequest, store: ReturnType<typeof openStore>): Promise<ExchangeReply> {
  if (request.task === 'export')
    return exportLibrary(store, request.request).then((bytes) => ({ type: 'exported', bytes }));
  const { bytes } = request;
  return runExchangeTask(store, request.task, bytes).then((result) => ({ type: 'done', result, bytes }));
}

scope.onmessage = (event) => {
  const store = openStore(event.data.databaseName);
  run(event.data, store)
    .then(
      (reply) => scope.postMessage(reply, reply.type === 'error' ? [] : [reply.bytes.buffer]),
      (error: unknown) =>
        scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => closeStore(store));
};
