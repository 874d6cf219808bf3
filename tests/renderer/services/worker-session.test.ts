// A worker kept for several requests answers each in turn and keeps what earlier requests left in it (the
// bundle a preview read, for the import), until it is ended: by its caller, by a request's abort signal,
// or by failing. A request after the end is refused rather than left waiting for ever. Node has no Web
// Worker, so a small stand-in answers on the next turn as one would.
import { describe, expect, it } from 'vitest';
import { startWorkerSession } from '../../../src/renderer/services/worker-session';

/** A worker that keeps a running total: each request adds to it and the answer is the total so far. */
function totallingWorker(options: { dies?: string; silent?: boolean } = {}) {
  let total = 0;
  const worker = {
    terminated: false,
    onmessage: null as ((event: MessageEvent<number>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    terminate() {
      worker.terminated = true;
    },
    postMessage(request: number) {
      setTimeout(() => {
        if (worker.terminated || options.silent) return;
        if (options.dies !== undefined) {
          worker.onerror?.({ message: options.dies, preventDefault: () => {} } as ErrorEvent);
          return;
        }
        total += request;
        worker.onmessage?.({ data: total } as MessageEvent<number>);
      }, 0);
    },
  };
  return worker;
}

class Cancelled extends Error {}

function session(worker: ReturnType<typeof totallingWorker>) {
  return startWorkerSession<number, number>({
    start: () => worker as unknown as Worker,
    cancelled: () => new Cancelled('cancelled'),
    stopped: 'The worker stopped.',
  });
}

describe('startWorkerSession', () => {
  it('answers requests one after another from the same worker, which keeps its state until ended', async () => {
    const worker = totallingWorker();
    const talk = session(worker);
    await expect(talk.ask(2)).resolves.toBe(2);
    await expect(talk.ask(5)).resolves.toBe(7);
    expect(worker.terminated).toBe(false);
    talk.end();
    expect(worker.terminated).toBe(true);
    await expect(talk.ask(1)).rejects.toThrow('The worker stopped.');
  });

  it('refuses a second request while the first is unanswered', async () => {
    const talk = session(totallingWorker());
    const first = talk.ask(1);
    await expect(talk.ask(2)).rejects.toThrow('still answering');
    await expect(first).resolves.toBe(1);
  });

  it('ends the worker when a request is cancelled, and refuses what follows', async () => {
    const worker = totallingWorker({ silent: true });
    const talk = session(worker);
    const cancel = new AbortController();
    const asked = talk.ask(3, { signal: cancel.signal });
    cancel.abort();
    await expect(asked).rejects.toBeInstanceOf(Cancelled);
    expect(worker.terminated).toBe(true);
    await expect(talk.ask(1)).rejects.toThrow('The worker stopped.');
  });

  it('rejects a request already cancelled without sending it, ending the worker', async () => {
    const worker = totallingWorker();
    const talk = session(worker);
    const cancel = new AbortController();
    cancel.abort();
    await expect(talk.ask(3, { signal: cancel.signal })).rejects.toBeInstanceOf(Cancelled);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the worker’s own error when it fails, and ends it', async () => {
    const worker = totallingWorker({ dies: 'out of memory' });
    const talk = session(worker);
    await expect(talk.ask(1)).rejects.toThrow('out of memory');
    expect(worker.terminated).toBe(true);
  });

  it('rejects a waiting request when the session is ended under it', async () => {
    const talk = session(totallingWorker({ silent: true }));
    const asked = talk.ask(1);
    talk.end();
    await expect(asked).rejects.toThrow('The worker stopped.');
  });
});
