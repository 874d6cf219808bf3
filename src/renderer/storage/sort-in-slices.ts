// Sorting a long list on the page's thread without one long task: a bottom-up merge sort that sorts short
// runs, then merges them pair by pair, handing the thread back to the browser whenever it has worked for a
// few milliseconds, so the window keeps answering while 10,000 source titles are put in collator order. It is
// stable, as Array.prototype.sort is, so it gives exactly the order `[...items].sort(compare)` would.

const RUN = 512;
const BUDGET_MS = 8;

/** Lets the browser run other tasks (input, rendering) before the work goes on. */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  // A message task is not clamped to 4 ms as nested timers are.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function mergeRuns<T>(
  from: T[],
  to: T[],
  start: number,
  middle: number,
  end: number,
  compare: (a: T, b: T) => number,
) {
  let left = start;
  let right = middle;
  for (let i = start; i < end; i++) {
    // Ties take the left run's item first: that keeps the sort stable.
    if (left < middle && (right >= end || compare(from[left] as T, from[right] as T) <= 0))
      to[i] = from[left++] as T;
    else to[i] = from[right++] as T;
  }
}

/** A sorted copy of `items`, the same as a stable sort's, computed in slices with the thread handed back between. */
export async function sortInSlices<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
  yieldNow: () => Promise<void> = yieldToEventLoop,
): Promise<T[]> {
  let from = items.slice();
  if (from.length <= RUN) return from.sort(compare);
  let to: T[] = new Array<T>(from.length);
  let sliceStart = performance.now();
  const pause = async () => {
    if (performance.now() - sliceStart < BUDGET_MS) return;
    await yieldNow();
    sliceStart = performance.now();
  };
  for (let start = 0; start < from.length; start += RUN) {
    const run = from.slice(start, start + RUN).sort(compare);
    for (let i = 0; i < run.length; i++) from[start + i] = run[i] as T;
    await pause();
  }
  for (let width = RUN; width < from.length; width *= 2) {
    for (let start = 0; start < from.length; start += 2 * width) {
      const middle = Math.min(start + width, from.length);
      mergeRuns(from, to, start, middle, Math.min(start + 2 * width, from.length), compare);
      await pause();
    }
    [from, to] = [to, from];
  }
  return from;
}
