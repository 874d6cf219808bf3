// How many batches (each its own thread or worker) a briefing's citeproc work is cut into, for the app
// and `evidence brief` alike. citeproc costs about a millisecond a source; starting a thread and loading
// citeproc and the style in it costs a few hundred, so only a large briefing is worth splitting.

/** Below this many cited sources every batch runs in one thread. */
export const BATCHES_FROM_SOURCES = 1_000;
const MAX_BATCHES = 4;

export function citeprocBatchCount(citedSources: number, cores: number): number {
  if (citedSources < BATCHES_FROM_SOURCES) return 1;
  return Math.max(1, Math.min(MAX_BATCHES, Math.floor(cores)));
}
