// Runs placeTargets in the anchoring worker (anchor-worker.ts), one worker kept for the session and
// started when the reader starts (warmAnchoring), since loading the worker's script took a fifth of a
// second of the first large source's opening. Where workers are missing, or the worker fails, the same rule runs in place, so
// highlights are never lost, only computed on the main thread.
import type { AnchorReply, AnchorRequest, WarmRequest } from './anchor-worker';
import { placeTargets, type AnchorableTarget, type PlacedTargets } from './place-targets';

type Waiting = { request: AnchorRequest; resolve: (placed: PlacedTargets) => void };

let worker: Worker | null = null;
let requests = 0;
const waiting = new Map<number, Waiting>();

function startWorker(): Worker {
  const started = new Worker(new URL('./anchor-worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<AnchorReply>) => {
    const { id, starts, ends } = event.data;
    waiting.get(id)?.resolve({ starts, ends });
    waiting.delete(id);
  };
  started.onerror = () => {
    started.terminate();
    worker = null;
    for (const { request, resolve } of waiting.values()) resolve(placeTargets(request.text, request.targets));
    waiting.clear();
  };
  return started;
}

export function anchorInWorker(text: string, targets: AnchorableTarget[]): Promise<PlacedTargets> {
  if (typeof Worker === 'undefined') return Promise.resolve(placeTargets(text, targets));
  const request: AnchorRequest = { id: (requests += 1), text, targets };
  worker ??= startWorker();
  const running = worker;
  return new Promise((resolve) => {
    waiting.set(request.id, { request, resolve });
    running.postMessage(request);
  });
}

/** Starts the worker ahead of need (the reader calls it once, as it starts). */
export function warmAnchoring(): void {
  if (typeof Worker === 'undefined') return;
  worker ??= startWorker();
  const warm: WarmRequest = { warm: true };
  worker.postMessage(warm);
}
