// Which source in the library an annotation is on: the one with the same bytes (urn:sha256), else the same
// text (text hash), else the same web address, else the one source whose text holds the quote. Deleted
// sources are not candidates: a claim on one would be hidden.
import type { Source } from '../../model/records';
import type { ForeignAnnotation } from './foreign-annotation';

/** A web address compared without its fragment, a trailing slash or the case of its scheme and host. */
export function normaliseUrl(url: string): string {
  const bare = url.trim().replace(/#.*$/, '').replace(/\/+$/, '');
  return bare.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, (origin) => origin.toLowerCase());
}

export type SourceIndex = (annotation: ForeignAnnotation) => Source | undefined;

export function indexSources(sources: readonly Source[]): SourceIndex {
  const live = sources.filter((s) => !s.deleted);
  const byId = new Map(live.map((s) => [s.id, s]));
  const byText = new Map(live.map((s) => [s.textHash, s]));
  const byUrl = new Map<string, Source>();
  for (const s of live) if (s.metadata.URL) byUrl.set(normaliseUrl(s.metadata.URL), s);
  return ({ document, quote }) => {
    const found =
      (document.sha256 && byId.get(document.sha256)) ||
      (document.textHash && byText.get(document.textHash)) ||
      (document.url && byUrl.get(normaliseUrl(document.url)));
    if (found) return found;
    if (!quote?.exact) return undefined;
    const holding = live.filter((s) => s.text.includes(quote.exact));
    return holding.length === 1 ? holding[0] : undefined;
  };
}
