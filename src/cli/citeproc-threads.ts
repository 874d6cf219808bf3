// Runs a briefing's citeproc batches on every core: the first batch in this thread, each other in a
// worker thread (citeproc-thread.ts), since citeproc costs about a millisecond a source and a library of
// ten thousand sources would otherwise hold one core for ten seconds. How many: core's batch-count rule
// over the sources still to format; the command run from source (the tests run it in-process) has no
// built thread script and runs every batch here. EVIDENCE_BRIEF_THREADS forces a count (1: no threads).
// A thread that cannot start or fails hands its batch back to this thread, so the briefing still comes.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CiteprocBatch } from '../core/briefing/csl/citation-plan';
import { runBatch } from '../core/briefing/csl/format-citations';
import type { CiteprocRun } from '../core/briefing/csl/run-citeproc';

const SCRIPT = 'citeproc-thread.mjs';
/** The most threads EVIDENCE_BRIEF_THREADS may ask for. */
const MAX_FORCED_THREADS = 16;

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

/** How the briefing's references may be split: over this machine's cores, or the count asked for. */
export function briefThreadOptions(env: Record<string, string | undefined>): {
  cores?: number;
  batches?: number;
} {
  if (!threadScript()) return { batches: 1 };
  const asked = Number(env.EVIDENCE_BRIEF_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return { batches: Math.min(asked, MAX_FORCED_THREADS) };
  return { cores: os.availableParallelism() };
}

/** Each batch's run, in batch order, and how many threads ran them (this one included). */
export async function runCiteprocBatches(
  batches: readonly CiteprocBatch[],
): Promise<{ runs: CiteprocRun[]; threads: number }> {
  const script = batches.length > 1 ? threadScript() : null;
  if (!script) return { runs: batches.map(runBatch), threads: 1 };
  const threads: Worker[] = [];
  try {
    const rest = Promise.all(
      batches.slice(1).map((batch) => {
        const thread = new Worker(script);
        threads.push(thread);
        return runInThread(thread, batch).catch(() => runBatch(batch));
      }),
    );
    // Read through the await below; when the first batch throws, its error is the one reported.
    rest.catch(() => undefined);
    const first = runBatch(batches[0]!);
    return { runs: [first, ...(await rest)], threads: batches.length };
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
