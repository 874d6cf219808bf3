// The Claims pane: filters (kind, tag, source) over the list of claims, or the claim form while a claim is
// being added or edited.
import type { ReactNode } from 'react';
import type { Claim, ClaimKind, Source, Tag } from '../../../core/model/records';
import { EmptyState } from '../../ui/EmptyState';
import { KIND_LABELS } from '../../ui/KindBadge';
import type { ClaimFilters } from './claim-filters';
import { ClaimCard } from './ClaimCard';

type Props = {
  claims: Claim[];
  totalCount: number;
  tags: Tag[];
  tagsById: Map<string, Tag>;
  sourcesById: Map<string, Source>;
  filters: ClaimFilters;
  onFiltersChange: (filters: ClaimFilters) => void;
  hasOpenSource: boolean;
  selectedClaimId: string | null;
  onShow: (claim: Claim) => void;
  onEdit: (claim: Claim) => void;
  onDelete: (claim: Claim) => void;
  editor: ReactNode;
};

export function ClaimsPane(props: Props) {
  const { claims, totalCount, tags, tagsById, sourcesById, filters, onFiltersChange, editor } = props;
  const set = (patch: Partial<ClaimFilters>) => onFiltersChange({ ...filters, ...patch });

  return (
    <section className="pane claims" aria-label="Claims">
      <div className="pane-head">
        <h2>Claims</h2>
        <span className="pane-count">
          {claims.length === totalCount ? totalCount : `${claims.length} of ${totalCount}`}
        </span>
      </div>
      {editor ?? (
        <>
          <div className="claim-filters">
            <label>
              <span className="visually-hidden">Filter by kind</span>
              <select
                aria-label="Filter by kind"
                value={filters.kind}
                onChange={(e) => set({ kind: e.target.value as ClaimKind | 'all' })}
              >
                <option value="all">All kinds</option>
                {(Object.keys(KIND_LABELS) as ClaimKind[]).map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span className="visually-hidden">Filter by tag</span>
              <select
                aria-label="Filter by tag"
                value={filters.tagId}
                onChange={(e) => set({ tagId: e.target.value })}
              >
                <option value="all">All tags</option>
                {tags.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span className="visually-hidden">Filter by source</span>
              <select
                aria-label="Filter by source"
                value={filters.source}
                onChange={(e) => set({ source: e.target.value as 'all' | 'open' })}
              >
                <option value="all">All sources</option>
                <option value="open" disabled={!props.hasOpenSource}>
                  Open source only
                </option>
              </select>
            </label>
          </div>
          {totalCount === 0 ? (
            <EmptyState title="No claims yet">
              Select a passage in a document and press “Add claim”.
            </EmptyState>
          ) : claims.length === 0 ? (
            <EmptyState title="No claims match these filters" />
          ) : (
            <ul className="claim-list" aria-label="Claim list">
              {claims.map((claim) => (
                <ClaimCard
                  key={claim.id}
                  claim={claim}
                  tagsById={tagsById}
                  sourceTitle={sourcesById.get(claim.sourceId)?.title ?? 'Unknown source'}
                  selected={claim.id === props.selectedClaimId}
                  onShow={() => props.onShow(claim)}
                  onEdit={() => props.onEdit(claim)}
                  onDelete={() => props.onDelete(claim)}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
