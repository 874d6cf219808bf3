// A worker kept for a conversation of several requests, one at a time, each with its one answer: for work
// whose second step needs what the first left in the worker (a bundle's parsed library, kept between the
// preview and the import, so the import does not read the file again). The caller ends it when the
// conversation is over; it is also ended when a request's abort signal fires or the worker fails, and a
// request to an ended session is refused. The caller starts the worker itself, since the bundler finds a
// worker's file only in a literal `new Worker(new URL(...))`.

export type WorkerSession<Request, Reply> = {
  /** Sends one request and resolves to its answer; `signal` ends the whole session when it fires. */
  ask: (
    request: Request,
    options?: { transfer?: Transferable[]; signal?: AbortSignal | undefined },
  ) => Promise<Reply>;
  /** Ends the worker; a request still waiting is refused with `stopped`. */
  end: () => void;
};

export type WorkerSessionOptions = {
  start: () => Worker;
  /** The error for a request cancelled before it was answered. */
  cancelled: () => Error;
  /** The message when the worker stops without answering, or is asked after it ended. */
  stopped: string;
};

type Waiting<Reply> = { resolve: (reply: Reply) => void; reject: (error: Error) => void };

export function startWorkerSession<Request, Reply>(
  options: WorkerSessionOptions,
): WorkerSession<Request, Reply> {
  const worker = options.start();
  let ended = false;
  let waiting: Waiting<Reply> | null = null;
  const settle = () => {
    const current = waiting;
    waiting = null;
    return current;
  };
  const end = (error?: Error) => {
    if (!ended) worker.terminate();
    ended = true;
    settle()?.reject(error ?? new Error(options.stopped));
  };
  worker.onmessage = (event: MessageEvent<Reply>) => settle()?.resolve(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    end(new Error(event.message || options.stopped));
  };
  const ask: WorkerSession<Request, Reply>['ask'] = (request, { transfer = [], signal } = {}) =>
    new Promise<Reply>((resolve, reject) => {
      if (ended) return reject(new Error(options.stopped));
      if (waiting) return reject(new Error('The worker is still answering another request.'));
      if (signal?.aborted) {
        end(options.cancelled());
        return reject(options.cancelled());
      }
      const onAbort = () => end(options.cancelled());
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      waiting = {
        resolve: (reply) => {
          done();
          resolve(reply);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      };
      worker.postMessage(request, transfer);
    });
  return { ask, end: () => end() };
}
