// The window's side of the Claims list's worker (listed-ids-worker.ts): one worker per window, started
// when the list first asks, watching one filter at a time (the list's current one). Each watch has a
// number, so an answer for a filter the list has since left is dropped. Where there are no workers (Node),
// the same read runs under a live query in the page.
import { liveQuery } from 'dexie';
import type { Store } from '../../storage/database';
import type { ListedClaimFilter } from '../../storage/listed-claims';
import type { ListedIdsReply, ListedIdsRequest } from './listed-ids-worker';
import { readListedIds, type ListedIds } from './read-listed-ids';

export type ListedIdsListener = {
  next: (listed: ListedIds) => void;
  error: (message: string) => void;
};

let worker: Worker | null = null;
let current: { watch: number; listener: ListedIdsListener } | null = null;
let watches = 0;

function startWorker(): Worker {
  const started = new Worker(new URL('./listed-ids-worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<ListedIdsReply>) => {
    const reply = event.data;
    if (!current || reply.watch !== current.watch) return;
    if (reply.type === 'listed') current.listener.next(reply.listed);
    else current.listener.error(reply.message);
  };
  return started;
}

/** Watches the listed ids for the filter until the returned function is called. */
export function watchListedIds(
  store: Store,
  filter: ListedClaimFilter | null,
  listener: ListedIdsListener,
): () => void {
  if (typeof Worker === 'undefined') {
    const subscription = liveQuery(() => readListedIds(store, filter)).subscribe({
      next: listener.next,
      error: (error: unknown) => listener.error(error instanceof Error ? error.message : String(error)),
    });
    return () => subscription.unsubscribe();
  }
  worker ??= startWorker();
  const watch = (watches += 1);
  current = { watch, listener };
  const request: ListedIdsRequest = { type: 'watch', watch, databaseName: store.db.name, filter };
  worker.postMessage(request);
  return () => {
    if (current?.watch === watch) current = null;
  };
}
