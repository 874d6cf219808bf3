// A whole library's search index in one go, for the CLI (the app builds the same index change by change
// in its worker, from the same records through the same mapping).
import type { Library } from '../model/records';
import { createSearchIndex, putClaim, putSource, type SearchIndex } from './search-index';
import { isSearchableClaim, toSearchClaim, toSearchSource } from './search-records';

export function indexLibrary(library: Pick<Library, 'sources' | 'claims' | 'tags'>): SearchIndex {
  const index = createSearchIndex();
  const tagsById = new Map(library.tags.filter((t) => !t.deleted).map((t) => [t.id, t]));
  const live = new Set<string>();
  for (const source of library.sources) {
    if (source.deleted) continue;
    putSource(index, toSearchSource(source));
    live.add(source.id);
  }
  for (const claim of library.claims) {
    if (isSearchableClaim(claim) && live.has(claim.sourceId)) putClaim(index, toSearchClaim(claim, tagsById));
  }
  return index;
}
