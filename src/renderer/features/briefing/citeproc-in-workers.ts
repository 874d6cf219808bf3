// Runs a large briefing's citeproc batches at once: the first in the briefing worker itself, each other
// in a worker of its own (citeproc-worker.ts), so a library of thousands of sources formats its references
// on every core. Ending the briefing worker (Cancel) ends the workers it started. A batch whose worker
// cannot start or fails is formatted here instead: slower, but the briefing still comes.
import type { CiteprocBatch } from '../../../core/briefing/csl/citation-plan';
import { runBatch } from '../../../core/briefing/csl/format-citations';
import type { CiteprocRun } from '../../../core/briefing/csl/run-citeproc';
import { runWorkerOnce } from '../../services/run-worker-once';

export type CiteprocReply = { ok: true; run: CiteprocRun } | { ok: false; message: string };

export async function runBatchesInWorkers(batches: readonly CiteprocBatch[]): Promise<CiteprocRun[]> {
  if (batches.length <= 1) return batches.map(runBatch);
  const others = batches.slice(1).map((batch) =>
    runWorkerOnce<CiteprocReply, CiteprocRun>({
      start: () => new Worker(new URL('./citeproc-worker.ts', import.meta.url), { type: 'module' }),
      request: batch,
      read: (reply) => {
        if (!reply.ok) throw new Error(reply.message);
        return reply.run;
      },
      cancelled: () => new Error('The briefing was cancelled.'),
      stopped: 'A worker formatting the references stopped.',
      // A worker that cannot start here (nested workers refused) or fails hands its batch back.
    }).catch(() => runBatch(batch)),
  );
  const rest = Promise.all(others);
  // Read through the await below; when the first batch throws, its error is the one reported.
  rest.catch(() => undefined);
  const first = runBatch(batches[0]!);
  return [first, ...(await rest)];
}
