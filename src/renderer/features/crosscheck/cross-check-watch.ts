// One watch of a library's cross-checks through a worker: the latest answer (or the failure that stopped
// the worker) and who listens for it. A failure is kept in the state, so every pane can say the
// cross-checks failed rather than show none, and it is handed out once (`takeFailureToReport`) for the
// one notice the user sees. "Try again" starts a fresh worker. The worker is passed in, so this runs in a
// Node test with a stand-in that answers as the worker would.
import type { CrossCheckReply, CrossCheckRequest, CrossCheckView } from './crosscheck-protocol';

export const NO_CROSS_CHECKS: CrossCheckView = { corroborations: [], conflictGroups: [], sums: [] };

export type CrossCheckState = { checks: CrossCheckView; failure: string | null };

/** What the watch hears from its worker: each reply, and the worker stopping on an uncaught error. */
export type CrossCheckHearing = {
  reply: (reply: CrossCheckReply) => void;
  stopped: (message: string | undefined) => void;
};

/** Starts a worker that reports to `hear` (a `Worker` in the app, see compute-cross-checks.ts). */
export type StartCrossCheckWorker = (hear: CrossCheckHearing) => {
  postMessage(request: CrossCheckRequest): void;
  terminate(): void;
};

export const STOPPED_WORKER = 'The cross-check worker stopped unexpectedly.';

export function createCrossCheckWatch(databaseName: string, startWorker: StartCrossCheckWorker) {
  let state: CrossCheckState = { checks: NO_CROSS_CHECKS, failure: null };
  let unreported: string | null = null;
  let worker: ReturnType<StartCrossCheckWorker> | null = null;
  const listeners = new Set<() => void>();

  const publish = (next: CrossCheckState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const fail = (message: string) => {
    worker?.terminate();
    worker = null;
    unreported = message;
    publish({ checks: NO_CROSS_CHECKS, failure: message });
  };
  const start = () => {
    // Word from a worker this watch has since replaced is not news.
    const started = startWorker({
      reply: (reply) => {
        if (worker !== started) return;
        if (reply.type === 'checks') publish({ checks: reply.checks, failure: null });
        else fail(reply.message || STOPPED_WORKER);
      },
      stopped: (message) => {
        if (worker === started) fail(message || STOPPED_WORKER);
      },
    });
    worker = started;
    started.postMessage({ type: 'watch', databaseName });
  };
  start();

  return {
    databaseName,
    current: (): CrossCheckState => state,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The failure not told to the user yet, once; null when there is none. */
    takeFailureToReport(): string | null {
      const message = unreported;
      unreported = null;
      return message;
    },
    retry(): void {
      worker?.terminate();
      unreported = null;
      publish({ checks: NO_CROSS_CHECKS, failure: null });
      start();
    },
    stop(): void {
      worker?.terminate();
      worker = null;
    },
  };
}

export type CrossCheckWatch = ReturnType<typeof createCrossCheckWatch>;
