// The Claims list's filters (kind, tag, source), read from and written to the store. Tags are listed as the
// codebook's tree; a tag with tags under it can filter with them ("and sub-tags").
import { useMemo } from 'react';
import { flattenTagTree } from '../../../core/codebook/tag-tree';
import type { ClaimKind, Tag } from '../../../core/model/records';
import { useActions, useAppState } from '../../store/use-app-store';
import { KIND_LABELS } from '../../ui/KindBadge';

export function ClaimFilterBar({ tags, hasOpenSource }: { tags: Tag[]; hasOpenSource: boolean }) {
  const filters = useAppState((s) => s.filters);
  const { setFilters } = useActions().filters;
  const nodes = useMemo(() => flattenTagTree(tags), [tags]);
  const hasSubtags = filters.tagId !== 'all' && tags.some((t) => t.parentId === filters.tagId && !t.deleted);
  return (
    <div className="claim-filters">
      <select
        aria-label="Filter by kind"
        value={filters.kind}
        onChange={(e) => setFilters({ kind: e.target.value as ClaimKind | 'all' })}
      >
        <option value="all">All kinds</option>
        {(Object.keys(KIND_LABELS) as ClaimKind[]).map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by tag"
        value={filters.tagId}
        onChange={(e) => setFilters({ tagId: e.target.value })}
      >
        <option value="all">All tags</option>
        {nodes.map(({ tag, depth }) => (
          <option key={tag.id} value={tag.id}>
            {'\u2003'.repeat(depth)}
            {tag.name}
          </option>
        ))}
      </select>
      {hasSubtags && (
        <label className="filter-subtags">
          <input
            type="checkbox"
            checked={filters.withSubtags === true}
            onChange={(e) => setFilters({ withSubtags: e.target.checked })}
          />
          and sub-tags
        </label>
      )}
      <select
        aria-label="Filter by source"
        value={filters.source}
        onChange={(e) => setFilters({ source: e.target.value as 'all' | 'open' })}
      >
        <option value="all">All sources</option>
        <option value="open" disabled={!hasOpenSource}>
          Open source only
        </option>
      </select>
    </div>
  );
}
