// The library's cross-checks worked out in a worker (crosscheck-worker.ts), once per version of the
// claims and sources however many panes ask (the Claims list's badges, the Cross-checks tab). Only the
// claims the rule can use (citable, on a live source) are sent. Where workers are missing, the same core
// rule runs in place.
import { isCitableClaim } from '../../../core/briefing/citable-claims';
import { findCrossChecks } from '../../../core/crosscheck/find-cross-checks';
import type { CrossChecks } from '../../../core/crosscheck/cross-check-types';
import type { Claim, Source } from '../../../core/model/records';
import type { CrossCheckReply, CrossCheckRequest } from './crosscheck-worker';

let worker: Worker | null = null;
let requests = 0;
const waiting = new Map<number, (checks: CrossChecks) => void>();
const cache = new WeakMap<readonly Claim[], { sources: readonly Source[]; checks: Promise<CrossChecks> }>();

function startWorker(): Worker {
  const started = new Worker(new URL('./crosscheck-worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<CrossCheckReply>) => {
    waiting.get(event.data.id)?.(event.data.checks);
    waiting.delete(event.data.id);
  };
  return started;
}

export function computeCrossChecks(
  claims: readonly Claim[],
  sources: readonly Source[],
): Promise<CrossChecks> {
  const known = cache.get(claims);
  if (known && known.sources === sources) return known.checks;
  let checks: Promise<CrossChecks>;
  if (typeof Worker === 'undefined') {
    checks = Promise.resolve(findCrossChecks(claims, sources));
  } else {
    const liveSourceIds = sources.filter((s) => !s.deleted).map((s) => s.id);
    const live = new Set(liveSourceIds);
    const request: CrossCheckRequest = {
      id: (requests += 1),
      claims: claims.filter((c) => isCitableClaim(c) && live.has(c.sourceId)),
      liveSourceIds,
    };
    worker ??= startWorker();
    const running = worker;
    checks = new Promise((resolve) => {
      waiting.set(request.id, resolve);
      running.postMessage(request);
    });
  }
  cache.set(claims, { sources, checks });
  return checks;
}
