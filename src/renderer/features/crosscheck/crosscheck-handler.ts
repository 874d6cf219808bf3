// The cross-check worker's work as a plain function of its messages, so it runs the same in the worker
// and in a Node test: a watch request opens the database by name and answers every change of the citable
// claims with the cross-checks found anew (conflicts in groups); anything that goes wrong on the way (the database cannot be
// opened or read, the rule throws) is answered with an error reply carrying its message, never dropped.
import { liveQuery } from 'dexie';
import type { Store } from '../../storage/database';
import type { CrossCheckReply, CrossCheckRequest } from './crosscheck-protocol';
import { crossCheckViewOf } from './read-cross-check-inputs';

export type CrossCheckHandlerHost = {
  post: (reply: CrossCheckReply) => void;
  openStore: (databaseName: string) => Store;
};

export function createCrossCheckHandler(host: CrossCheckHandlerHost) {
  let watching: { unsubscribe: () => void } | null = null;
  const fail = (error: unknown) =>
    host.post({ type: 'error', message: error instanceof Error ? error.message : String(error) });

  const handle = (request: CrossCheckRequest): void => {
    watching?.unsubscribe();
    watching = null;
    try {
      const store = host.openStore(request.databaseName);
      watching = liveQuery(() => crossCheckViewOf(store)).subscribe({
        next: (checks) => host.post({ type: 'checks', checks }),
        error: fail,
      });
    } catch (error) {
      fail(error);
    }
  };
  /** Stops watching (the worker ends, or a test is done). */
  const stop = () => {
    watching?.unsubscribe();
    watching = null;
  };
  return { handle, stop };
}
