// The dialog's side of the briefing worker: one worker per open dialog, requests numbered, each answered
// by a promise, progress (and an early preview) passed to a callback. "Cancel" ends the worker at once (composing is one long
// computation that cannot be interrupted from inside), rejects what was waiting with BriefingCancelled,
// and the next request starts a fresh worker. While a briefing is composed, background work (the search
// index) holds back (services/foreground-work.ts).
import { announceForegroundWork } from '../../services/foreground-work';
import type {
  BriefingComposed,
  BriefingPreviewed,
  BriefingProgress,
  BriefingReply,
  BriefingRequest,
  ComposeRequest,
  WriteRequest,
} from './briefing-protocol';

/** The briefing was cancelled before it was ready. */
export class BriefingCancelled extends Error {
  override readonly name = 'BriefingCancelled';
}

type Waiting = {
  resolve: (reply: BriefingReply) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: BriefingProgress | BriefingPreviewed) => void;
};
type Omitted<T> = T extends unknown ? Omit<T, 'id'> : never;

export type BriefingClient = {
  compose: (
    request: Omitted<ComposeRequest>,
    onProgress: (progress: BriefingProgress | BriefingPreviewed) => void,
  ) => Promise<BriefingComposed>;
  write: (request: Omitted<WriteRequest>) => Promise<Extract<BriefingReply, { type: 'written' | 'print' }>>;
  cancel: () => void;
};

export function createBriefingClient(): BriefingClient {
  let worker: Worker | null = null;
  let requests = 0;
  const waiting = new Map<number, Waiting>();

  const start = (): Worker => {
    const started = new Worker(new URL('./briefing-worker.ts', import.meta.url), { type: 'module' });
    started.onmessage = (event: MessageEvent<BriefingReply>) => {
      const reply = event.data;
      const entry = waiting.get(reply.id);
      if (!entry) return;
      if (reply.type === 'progress' || reply.type === 'previewed') return entry.onProgress?.(reply);
      waiting.delete(reply.id);
      if (reply.type === 'failed') entry.reject(new Error(reply.message));
      else entry.resolve(reply);
    };
    started.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || 'The briefing could not be made (the worker stopped).');
      for (const entry of waiting.values()) entry.reject(error);
      waiting.clear();
      started.terminate();
      if (worker === started) worker = null;
    };
    return started;
  };

  const send = (request: BriefingRequest, onProgress?: Waiting['onProgress']) =>
    new Promise<BriefingReply>((resolve, reject) => {
      waiting.set(request.id, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
      worker ??= start();
      worker.postMessage(request);
    });

  return {
    compose: async (request, onProgress) => {
      const id = (requests += 1);
      // Background work (the search index) waits while the researcher waits on this; the task's name
      // is told apart from other windows' briefings by a random part.
      const ended = announceForegroundWork(`briefing-${id}-${Math.random()}`);
      try {
        const reply = await send({ ...request, id }, onProgress);
        if (reply.type !== 'composed') throw new Error('The briefing worker answered out of turn.');
        return reply;
      } finally {
        ended();
      }
    },
    write: async (request) => {
      const reply = await send({ ...request, id: (requests += 1) });
      if (reply.type !== 'written' && reply.type !== 'print')
        throw new Error('The briefing worker answered out of turn.');
      return reply;
    },
    cancel: () => {
      worker?.terminate();
      worker = null;
      for (const entry of waiting.values()) entry.reject(new BriefingCancelled());
      waiting.clear();
    },
  };
}
