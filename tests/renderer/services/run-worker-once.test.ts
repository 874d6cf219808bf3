// A one-task worker is ended however the task ends: answered, failed, stopped or cancelled, so a
// cancelled import or a reader that died never leaves a worker holding memory, and the caller always hears
// which of those it was. Node has no Web Worker, so a small stand-in answers on the next turn as one would.
import { describe, expect, it } from 'vitest';
import { runWorkerOnce } from '../../../src/renderer/services/run-worker-once';

type Reply = { type: 'done'; value: number } | { type: 'failed'; message: string };

/** A worker that answers each request with `answer(request)` a turn later, or dies with `dies`. */
function standInWorker(answer: (request: number) => Reply | undefined, dies?: string) {
  const worker = {
    terminated: false,
    posted: [] as number[],
    onmessage: null as ((event: MessageEvent<Reply>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    terminate() {
      worker.terminated = true;
    },
    postMessage(request: number) {
      worker.posted.push(request);
      setTimeout(() => {
        if (worker.terminated) return;
        if (dies !== undefined) {
          worker.onerror?.({ message: dies, preventDefault: () => {} } as ErrorEvent);
          return;
        }
        const reply = answer(request);
        if (reply) worker.onmessage?.({ data: reply } as MessageEvent<Reply>);
      }, 0);
    },
  };
  return worker;
}

class Cancelled extends Error {}

function task(worker: ReturnType<typeof standInWorker>, signal?: AbortSignal) {
  return runWorkerOnce({
    start: () => worker as unknown as Worker,
    request: 20,
    read: (reply: Reply) => {
      if (reply.type === 'done') return reply.value;
      throw new Error(reply.message);
    },
    signal,
    cancelled: () => new Cancelled('cancelled'),
    stopped: 'The worker stopped.',
  });
}

describe('runWorkerOnce', () => {
  it('sends the request, resolves with what the answer carries and ends the worker', async () => {
    const worker = standInWorker((n) => ({ type: 'done', value: n + 1 }));
    await expect(task(worker)).resolves.toBe(21);
    expect(worker.posted).toEqual([20]);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the error an answer reports, and ends the worker', async () => {
    const worker = standInWorker(() => ({ type: 'failed', message: 'not a PDF' }));
    await expect(task(worker)).rejects.toThrow('not a PDF');
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the worker’s own message when it dies, else with the task’s', async () => {
    const named = standInWorker(() => undefined, 'out of memory');
    await expect(task(named)).rejects.toThrow('out of memory');
    expect(named.terminated).toBe(true);
    await expect(task(standInWorker(() => undefined, ''))).rejects.toThrow('The worker stopped.');
  });

  it('ends the worker at once when cancelled, and starts none when cancelled already', async () => {
    const controller = new AbortController();
    const slow = standInWorker(() => undefined);
    const running = task(slow, controller.signal);
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(Cancelled);
    expect(slow.terminated).toBe(true);

    let started = false;
    const never = runWorkerOnce({
      start: () => {
        started = true;
        return standInWorker(() => undefined) as unknown as Worker;
      },
      request: 1,
      read: (reply: Reply) => reply,
      signal: controller.signal,
      cancelled: () => new Cancelled('cancelled'),
      stopped: 'The worker stopped.',
    });
    await expect(never).rejects.toBeInstanceOf(Cancelled);
    expect(started).toBe(false);
  });
});
