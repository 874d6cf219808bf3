// The Claims list's filters (kind, tag, source), read from and written to the store.
import type { ClaimKind, Tag } from '../../../core/model/records';
import { useActions, useAppState } from '../../store/use-app-store';
import { KIND_LABELS } from '../../ui/KindBadge';

export function ClaimFilterBar({ tags, hasOpenSource }: { tags: Tag[]; hasOpenSource: boolean }) {
  const filters = useAppState((s) => s.filters);
  const { setFilters } = useActions().filters;
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
        {tags.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
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
