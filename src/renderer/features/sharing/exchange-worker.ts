// The database-exchange worker (exchange-handler.ts does its work): previews a bundle file's merge with the
// library, keeping the library it read for the import that follows, then writes that merge in one
// transaction; or reads the library and writes an export file (export-library.ts), handing back only its
// bytes. All off the main thread (exchange-in-worker.ts), so a library of 100,000 claims never freezes the
// window. It opens the same IndexedDB database by name; Dexie tells the page's live queries of the write.
// Ending the worker mid-import aborts the transaction, so "Cancel import" leaves the library as it was.
import { openStore } from '../../storage/database';
import { createExchangeHandler } from './exchange-handler';
import type { ExchangeReply, ExchangeRequest } from './exchange-protocol';

// The DOM library types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ExchangeRequest>) => void) | null;
  postMessage: (reply: ExchangeReply, transfer?: Transferable[]) => void;
};

const handle = createExchangeHandler(openStore);

scope.onmessage = (event) => {
  handle(event.data).then(
    (reply) => scope.postMessage(reply, reply.type === 'exported' ? [reply.bytes.buffer] : []),
    (error: unknown) =>
      scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
