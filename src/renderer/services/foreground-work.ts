// Work the researcher is waiting on (a briefing of the whole library) against the window's background
// work (building the search index after an import or a load). On a laptop's two cores both at once slow
// the briefing by seconds (at 10,000 sources, composing right after an import took 5.0 s where it takes
// 2.4 s on idle cores), while the index can as well be built a moment later. So the waited-on task says
// so on a BroadcastChannel, which reaches the page and its workers alike, and background work holds its
// next slice until no such task is under way. A task that never says it ended (its worker was ended)
// stops counting after MAX_HOLD_MS, so background work is put off, never stopped.
const CHANNEL = 'evidence-workbench.foreground-work';
export const MAX_HOLD_MS = 60_000;

type Message = { task: string; busy: boolean };

/** Says that a waited-on task runs; the returned function says it ended (once is enough, more is harmless). */
export function announceForegroundWork(task: string): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ task, busy: true } satisfies Message);
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    channel.postMessage({ task, busy: false } satisfies Message);
    channel.close();
  };
}

export type ForegroundWatch = { isBusy: () => boolean; close: () => void };

/** Follows the waited-on tasks announced anywhere in this origin; `now` is for tests. */
export function watchForegroundWork(now: () => number = () => performance.now()): ForegroundWatch {
  const since = new Map<string, number>();
  if (typeof BroadcastChannel === 'undefined') return { isBusy: () => false, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const { task, busy } = event.data;
    if (busy) since.set(task, now());
    else since.delete(task);
  };
  return {
    isBusy: () => {
      for (const [task, at] of since) {
        if (now() - at < MAX_HOLD_MS) return true;
        since.delete(task);
      }
      return false;
    },
    close: () => channel.close(),
  };
}
