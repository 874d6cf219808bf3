// A worker thread of `evidence brief`: formats the batches of citations it is sent with citeproc, in a
// registry of its own (core/briefing/csl/citation-plan.ts), and sends each run back. Built beside the
// command's entry as out/cli/citeproc-thread.mjs.
import { parentPort } from 'node:worker_threads';
import type { CiteprocBatch } from '../core/briefing/csl/citation-plan';
import { runBatch } from '../core/briefing/csl/format-citations';

parentPort?.on('message', (batch: CiteprocBatch) => {
  parentPort?.postMessage(runBatch(batch));
});
