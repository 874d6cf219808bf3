// One task in a worker of its own: start it, send the request, take its one answer, end it. The worker is
// ended as soon as it answers, fails, or the caller's abort signal fires (a cancelled import stops costing
// memory and time at once). The caller starts the worker itself, since the bundler finds a worker's file
// only in a literal `new Worker(new URL(...))`, and reads the answer: a result, or a thrown error.

export type WorkerTask<Reply, Result> = {
  /** Starts the worker (`() => new Worker(new URL('./x-worker.ts', import.meta.url), { type: 'module' })`). */
  start: () => Worker;
  request: unknown;
  /** Buffers the request moves to the worker instead of copying (a large file's bytes). */
  transfer?: Transferable[];
  /** The result an answer carries; throws the error an answer reports. */
  read: (reply: Reply) => Result;
  signal?: AbortSignal | undefined;
  /** The error for a task cancelled before it answered. */
  cancelled: () => Error;
  /** The message when the worker stops without answering (it may give none of its own). */
  stopped: string;
};

export function runWorkerOnce<Reply, Result>(task: WorkerTask<Reply, Result>): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    const { signal } = task;
    if (signal?.aborted) return reject(task.cancelled());
    const worker = task.start();
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(task.cancelled());
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<Reply>) => {
      finish();
      try {
        resolve(task.read(event.data));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Error(event.message || task.stopped));
    };
    worker.postMessage(task.request, task.transfer ?? []);
  });
}
