// The Markdown view (MarkdownText: marked builds its patterns when loaded) is fetched with the first
// Markdown source opened, not with the page. Until it is here the reader treats the source as still
// opening, so everything that waits for the text to be shown (drawing highlights, bringing a passage or a
// claim into view) waits for it too. If it cannot be fetched, the source is shown as its plain text, which
// carries the same offsets, and the fetch is tried again with the next Markdown source.
import { loadOnce } from '../../services/load-once';
import { useLoaded } from '../../services/use-loaded';
import type { MarkdownText } from './MarkdownText';
import { ReaderText } from './ReaderText';

type TextView = typeof MarkdownText | typeof ReaderText;

const markdownPart = loadOnce(() => import('./MarkdownText').then((module): TextView => module.MarkdownText));

/** The view for a Markdown source once fetched; undefined while it is fetched, or when not `wanted`. */
export function useMarkdownView(wanted: boolean): TextView | undefined {
  return useLoaded(markdownPart, wanted, ReaderText);
}
