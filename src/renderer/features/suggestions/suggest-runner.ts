// Where the suggester runs: inline for a small source (no worker start-up for a few kilobytes), in a Web
// Worker for a big source or many sources. Either way each text's suggestions are handed on one at a time,
// in order, and the run finishes only when every handler has. Inline, the suggester is fetched with the
// first run, not with the page (its rules and model are a fifth of the app's code).
import type { Suggestion } from '../../../core/suggest/suggest-claims';
import type { SuggestJob, SuggestReply } from './suggest-protocol';

export type ResultHandler = (id: string, suggestions: Suggestion[]) => Promise<void>;
export type SuggestRunner = (jobs: SuggestJob[], onResult: ResultHandler) => Promise<void>;

/** Texts longer than this (UTF-16 code units, about 200 KB) are read in the worker. */
export const INLINE_LIMIT = 200_000;

export const runInline: SuggestRunner = async (jobs, onResult) => {
  const { suggestClaims } = await import('../../../core/suggest/suggest-claims');
  for (const job of jobs) await onResult(job.id, suggestClaims(job.text));
};

export const runInWorker: SuggestRunner = (jobs, onResult) =>
  new Promise<void>((resolve, reject) => {
    const worker = new Worker(new URL('./suggest-worker.ts', import.meta.url), { type: 'module' });
    // Results are stored one after another, never interleaved, and 'done' waits for the last one.
    let chain = Promise.resolve();
    const finish = (error?: unknown) => {
      worker.terminate();
      if (error === undefined) resolve();
      else reject(error instanceof Error ? error : new Error(String(error)));
    };
    worker.onmessage = (event: MessageEvent<SuggestReply>) => {
      const reply = event.data;
      if (reply.type === 'result') chain = chain.then(() => onResult(reply.id, reply.suggestions));
      else if (reply.type === 'done') chain.then(() => finish(), finish);
      else chain.then(() => finish(new Error(reply.message)), finish);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(new Error(event.message || 'The suggestion worker stopped.'));
    };
    worker.postMessage({ jobs });
  });

/** The worker for several sources or a big one; inline for one small source. */
export function pickRunner(jobs: SuggestJob[]): SuggestRunner {
  const big = jobs.some((job) => job.text.length > INLINE_LIMIT);
  return jobs.length > 1 || big ? runInWorker : runInline;
}
