// The Claims list's filters (the store's kind, tag with or without the tags under it, and "open source
// only") as the query storage runs for them (storage/listed-claims).
import { descendantIds } from '../../../core/codebook/tag-tree';
import type { Tag } from '../../../core/model/records';
import type { ClaimFilters } from '../../store/slices/filters';
import type { ListedClaimFilter } from '../../storage/listed-claims';

/** The store's filters as a storage query; null when they cannot match anything (no source open). */
export function toListedFilter(
  filters: ClaimFilters,
  openSourceId: string | null,
  tags: readonly Tag[],
): ListedClaimFilter | null {
  if (filters.source === 'open' && openSourceId === null) return null;
  const tagIds =
    filters.tagId === 'all'
      ? undefined
      : filters.withSubtags
        ? [...descendantIds(tags, filters.tagId)]
        : [filters.tagId];
  return {
    kind: filters.kind === 'all' ? undefined : filters.kind,
    tagIds,
    sourceId: filters.source === 'open' ? (openSourceId ?? undefined) : undefined,
  };
}
