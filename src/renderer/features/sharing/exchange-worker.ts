// The database-import worker: decodes a bundle file (UTF-8, strictly), parses it, checks its text hashes,
// merges it with the library and validates the result (the preview), or does all that and writes it in one
// transaction (the import), off the main thread (run-exchange-task.ts), so a library of 100,000 claims
// never freezes the window. It opens the same IndexedDB database by name; Dexie tells the page's live
// queries of the write. Ending the worker mid-import aborts the transaction, so "Cancel import" leaves the
// library as it was.
import { closeStore, openStore } from '../../storage/database';
import type { ExchangeReply, ExchangeRequest } from './exchange-protocol';
import { runExchangeTask } from './run-exchange-task';

// The DOM library types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ExchangeRequest>) => void) | null;
  postMessage: (reply: ExchangeReply, transfer?: Transferable[]) => void;
};

scope.onmessage = (event) => {
  const { task, databaseName, bytes } = event.data;
  const store = openStore(databaseName);
  runExchangeTask(store, task, bytes)
    .then(
      (result) => scope.postMessage({ type: 'done', result, bytes }, [bytes.buffer]),
      (error: unknown) =>
        scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => closeStore(store));
};
