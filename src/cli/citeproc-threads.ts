// Runs a briefing's citeproc batches on every core: the first batch in this thread, each other in a
// worker thread (citeproc-thread.ts), since citeproc costs about a millisecond a source and a library of
// ten thousand sources would otherwise hold one core for ten seconds. How many: core's batch-count rule;
// the command run from source (the tests run it in-process) has no built thread script and runs every
// batch here. EVIDENCE_BRIEF_THREADS sets the number of threads (1: none).
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { citeprocBatchCount } from '../core/briefing/csl/batch-count';
import type { CiteprocBatch } from '../core/briefing/csl/citation-plan';
import { runBatch } from '../core/briefing/csl/format-citations';
import type { CiteprocRun } from '../core/briefing/csl/run-citeproc';

const SCRIPT = 'citeproc-thread.mjs';

/**
 * The built thread script: the bundle's chunks sit in out/cli/assets and its entry in out/cli, beside
 * the script, so it is looked for next to this module and one folder up. Null when run from source.
 */
function threadScript(): URL | null {
  for (const at of [`./${SCRIPT}`, `../${SCRIPT}`]) {
    const url = new URL(at, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

/** How many batches to cut a briefing of `sources` cited sources into. */
export function chooseBriefThreads(sources: number, env: Record<string, string | undefined>): number {
  const asked = Number(env.EVIDENCE_BRIEF_THREADS);
  const wanted =
    Number.isInteger(asked) && asked >= 1 ? asked : citeprocBatchCount(sources, os.availableParallelism());
  return wanted > 1 && threadScript() ? wanted : 1;
}

export async function runCiteprocBatches(batches: readonly CiteprocBatch[]): Promise<CiteprocRun[]> {
  const script = batches.length > 1 ? threadScript() : null;
  if (!script) return batches.map(runBatch);
  const threads = batches.slice(1).map(() => new Worker(script));
  try {
    const rest = Promise.all(threads.map((thread, i) => runInThread(thread, batches[i + 1]!)));
    // Read through the await below; when the first batch throws, its error is the one reported.
    rest.catch(() => undefined);
    const first = runBatch(batches[0]!);
    return [first, ...(await rest)];
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}

function runInThread(thread: Worker, batch: CiteprocBatch): Promise<CiteprocRun> {
  return new Promise((resolve, reject) => {
    thread.once('message', resolve);
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`a citation thread stopped (exit code ${code})`)));
    thread.postMessage(batch);
  });
}
