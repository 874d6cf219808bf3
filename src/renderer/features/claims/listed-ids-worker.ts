// The Claims list's worker: which claims are listed for the list's filters, newest first, and how many are
// listed in all. At 100,000 claims that is every claim record read, checked and sorted (over a second of
// work), so it runs here, where no frame waits for it; the window gets the ids alone. The worker reads
// IndexedDB itself under a live query, so a change made in any window (Dexie tells other contexts through a
// BroadcastChannel) is answered with the list anew.
import { liveQuery } from 'dexie';
import { openStore, type Store } from '../../storage/database';
import type { ListedClaimFilter } from '../../storage/listed-claims';
import { readListedIds, type ListedIds } from './read-listed-ids';

/** Watch the listed ids for a filter (null: a filter nothing can match), replacing the last watch. */
export type ListedIdsRequest = {
  type: 'watch';
  watch: number;
  databaseName: string;
  filter: ListedClaimFilter | null;
};
export type ListedIdsReply =
  { type: 'listed'; watch: number; listed: ListedIds } | { type: 'error'; watch: number; message: string };

// The DOM library types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ListedIdsRequest>) => void) | null;
  postMessage: (reply: ListedIdsReply) => void;
};

const stores = new Map<string, Store>();
let watching: { unsubscribe: () => void } | null = null;

function storeNamed(databaseName: string): Store {
  const known = stores.get(databaseName);
  if (known) return known;
  const opened = openStore(databaseName);
  stores.set(databaseName, opened);
  return opened;
}

scope.onmessage = (event) => {
  const { watch, databaseName, filter } = event.data;
  watching?.unsubscribe();
  const store = storeNamed(databaseName);
  watching = liveQuery(() => readListedIds(store, filter)).subscribe({
    next: (listed) => scope.postMessage({ type: 'listed', watch, listed }),
    error: (error: unknown) =>
      scope.postMessage({
        type: 'error',
        watch,
        message: error instanceof Error ? error.message : String(error),
      }),
  });
};
