// Runs anchorStoredClaims in the anchoring worker (anchor-worker.ts), one worker kept for the session and
// started on first use. Where workers are missing, or the worker fails, the same task runs in place, so
// highlights are never lost, only computed on the main thread.
import type { ClaimStatus } from '../../../core/model/records';
import type { Store } from '../../storage/database';
import { anchorStoredClaims, type StoredAnchors } from './anchor-stored-claims';
import type { AnchorReply, AnchorRequest, WarmRequest } from './anchor-worker';

type Waiting = { store: Store; request: AnchorRequest; resolve: (anchors: StoredAnchors | null) => void };

let worker: Worker | null = null;
let requests = 0;
const waiting = new Map<number, Waiting>();

function inPlace({ store, request, resolve }: Waiting): void {
  void anchorStoredClaims(store, request.sourceId, request.statuses).then(resolve, () => resolve(null));
}

function startWorker(): Worker {
  const started = new Worker(new URL('./anchor-worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<AnchorReply>) => {
    const reply = event.data;
    const asked = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (!asked) return;
    if ('anchors' in reply) asked.resolve(reply.anchors);
    else inPlace(asked);
  };
  started.onerror = () => {
    started.terminate();
    worker = null;
    for (const asked of waiting.values()) inPlace(asked);
    waiting.clear();
  };
  return started;
}

/** The source's claims with these statuses, placed in its text, as stored now. */
export function anchorInWorker(
  store: Store,
  sourceId: string,
  statuses: ClaimStatus[],
): Promise<StoredAnchors | null> {
  const request: AnchorRequest = { id: (requests += 1), databaseName: store.db.name, sourceId, statuses };
  return new Promise((resolve) => {
    const asked = { store, request, resolve };
    if (typeof Worker === 'undefined') return inPlace(asked);
    worker ??= startWorker();
    waiting.set(request.id, asked);
    worker.postMessage(request);
  });
}

/**
 * Starts the worker and has it open the database ahead of need: its start-up (loading its script, opening
 * IndexedDB) took a fifth of a second of the first source's opening.
 */
export function warmAnchoring(store: Store): void {
  if (typeof Worker === 'undefined') return;
  worker ??= startWorker();
  const warm: WarmRequest = { warm: true, databaseName: store.db.name };
  worker.postMessage(warm);
}
