// The browser build's way to link to a passage: the page's URL hash, `#source=<id>&start=<n>&end=<n>`.
// A briefing's HTML export opened beside the web app links back this way; the web platform reads the hash
// when the page loads and whenever it changes.
import { parsePassageLink } from '../../core/briefing/passage-link';
import type { PassageTarget } from '../../core/model/platform';

/** The passage a page hash names (core's one link format), or null. */
export function readPassageHash(hash: string): PassageTarget | null {
  return hash.startsWith('#') ? parsePassageLink(hash) : null;
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
