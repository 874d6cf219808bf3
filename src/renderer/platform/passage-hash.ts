// The browser build's way to link to a passage: the page's URL hash, `#source=<id>&start=<n>&end=<n>`.
// A briefing's HTML export opened beside the web app links back this way; the web platform reads the hash
// when the page loads and whenever it changes.
import type { PassageTarget } from '../../core/model/platform';

const OFFSET = /^\d{1,15}$/;

export function readPassageHash(hash: string): PassageTarget | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const sourceId = params.get('source');
  const start = params.get('start') ?? '';
  const end = params.get('end') ?? '';
  if (!sourceId || !OFFSET.test(start) || !OFFSET.test(end)) return null;
  if (Number(end) < Number(start)) return null;
  return { sourceId, start: Number(start), end: Number(end) };
}

/** Calls the listener with the passage in the hash now (if any) and on every change; returns unsubscribe. */
export function watchPassageHash(
  win: Pick<Window, 'location' | 'addEventListener' | 'removeEventListener'>,
  listener: (target: PassageTarget) => void,
): () => void {
  const read = (): void => {
    const target = readPassageHash(win.location.hash);
    if (target) listener(target);
  };
  read();
  win.addEventListener('hashchange', read);
  return () => win.removeEventListener('hashchange', read);
}
