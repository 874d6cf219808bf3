// The cross-check worker: finds corroborations, conflicts and sums among the library's claims off the
// main thread, where they cost seconds at 100,000 claims. It is given the claims and the ids of the live
// sources, which is all the core rule reads of the sources.
import { findCrossChecks } from '../../../core/crosscheck/find-cross-checks';
import type { Claim, Source } from '../../../core/model/records';
import type { CrossChecks } from '../../../core/crosscheck/cross-check-types';

export type CrossCheckRequest = { id: number; claims: Claim[]; liveSourceIds: string[] };
export type CrossCheckReply = { id: number; checks: CrossChecks };

// The DOM library types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CrossCheckRequest>) => void) | null;
  postMessage: (reply: CrossCheckReply) => void;
};

scope.onmessage = (event) => {
  const { id, claims, liveSourceIds } = event.data;
  const sources = liveSourceIds.map((sourceId) => ({ id: sourceId, deleted: false }) as Source);
  scope.postMessage({ id, checks: findCrossChecks(claims, sources) });
};
