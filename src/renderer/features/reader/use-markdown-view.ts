// The Markdown view (MarkdownText: marked builds its patterns when loaded) is fetched with the first
// Markdown source opened, not with the page. Until it is here the reader treats the source as still
// opening, so everything that waits for the text to be shown (drawing highlights, bringing a passage or a
// claim into view) waits for it too. If it cannot be fetched, the source is shown as its plain text, which
// carries the same offsets, and the fetch is tried again with the next Markdown source.
import { useEffect, useState } from 'react';
import type { MarkdownText } from './MarkdownText';
import { ReaderText } from './ReaderText';

type TextView = typeof MarkdownText | typeof ReaderText;

let loaded: typeof MarkdownText | undefined;
let loading: Promise<TextView> | undefined;

function loadMarkdownView(): Promise<TextView> {
  loading ??= import('./MarkdownText').then(
    (module) => (loaded = module.MarkdownText),
    () => {
      loading = undefined;
      return ReaderText;
    },
  );
  return loading;
}

/** The view for a Markdown source once fetched; undefined while it is fetched, or when not `wanted`. */
export function useMarkdownView(wanted: boolean): TextView | undefined {
  const [view, setView] = useState<TextView | undefined>(() => loaded);
  useEffect(() => {
    if (!wanted) {
      // a fallback is not kept: the next Markdown source tries the real view again
      if (view !== undefined && view !== loaded) setView(undefined);
      return;
    }
    if (view) return;
    let live = true;
    void loadMarkdownView().then((found) => live && setView(() => found));
    return () => {
      live = false;
    };
  }, [wanted, view]);
  return wanted ? view : undefined;
}
