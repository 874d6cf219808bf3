// The Claims pane: its header and filters stay pinned while the list scrolls; while a claim is being added
// or edited, the claim form takes the list's place.
import { useMemo, useRef } from 'react';
import type { Claim } from '../../../core/model/records';
import { useLibraryData } from '../../data/library-data';
import { useActions, useAppState } from '../../store/use-app-store';
import { EmptyState } from '../../ui/EmptyState';
import { VirtualList } from '../../ui/VirtualList';
import { useTagKeys } from '../codebook/use-tag-keys';
import { useCrossChecks } from '../crosscheck/use-cross-checks';
import { ClaimEditor } from './ClaimEditor';
import { ClaimFilterBar } from './ClaimFilterBar';
import { ListedClaimCard } from './ListedClaimCard';
import { useClaimActions } from './use-claim-actions';
import { useClaimPages } from './use-claim-pages';
import { useListedClaimIds } from './use-listed-claim-ids';

const idOf = (id: string) => id;

export function ClaimsPane() {
  const { tags, tagsById, sourcesById } = useLibraryData();
  const { status, ids: filtered, listedCount } = useListedClaimIds();
  const pages = useClaimPages(filtered);
  const drafting = useAppState((s) => s.draft.draft !== null);
  const selectedClaimId = useAppState((s) => s.navigation.selectedClaimId);
  const hasOpenSource = useAppState((s) => s.navigation.openSourceId !== null);
  const { navigation, draft } = useActions();
  const { remove } = useClaimActions();
  const { badges } = useCrossChecks();
  const onTagKey = useTagKeys();
  const scrollRef = useRef<HTMLDivElement>(null);
  const sourceOf = (claim: Claim) => (sourcesById.has(claim.sourceId) ? claim.sourceId : undefined);
  const selectedIndex = useMemo(
    () => (selectedClaimId ? filtered.indexOf(selectedClaimId) : -1),
    [filtered, selectedClaimId],
  );

  return (
    <section className="pane claims" aria-label="Claims">
      <div className="pane-head">
        <h2>Claims</h2>
        <span className="pane-count">
          {filtered.length === listedCount ? listedCount : `${filtered.length} of ${listedCount}`}
        </span>
      </div>
      {drafting ? (
        <ClaimEditor />
      ) : (
        <>
          <ClaimFilterBar tags={tags} hasOpenSource={hasOpenSource} />
          <div className="pane-scroll" ref={scrollRef}>
            {status === 'loading' ? (
              <EmptyState title="Loading claims…" />
            ) : listedCount === 0 ? (
              <EmptyState title="No claims yet">
                Select a passage in a document and press “Add claim”.
              </EmptyState>
            ) : filtered.length === 0 ? (
              <EmptyState title="No claims match these filters" />
            ) : (
              <VirtualList
                items={filtered}
                itemKey={idOf}
                estimateSize={150}
                gap={8}
                scrollRef={scrollRef}
                activeIndex={selectedIndex}
                className="claim-list"
                label="Claim list"
                onRowsShown={pages.show}
                renderItem={(id, item) => (
                  <ListedClaimCard
                    key={id}
                    pages={pages}
                    item={item}
                    tagsById={tagsById}
                    sourcesById={sourcesById}
                    selected={id === selectedClaimId}
                    crossChecks={badges.get(id)}
                    onShow={(claim) => navigation.showClaim(claim.id, sourceOf(claim))}
                    onEdit={(claim) => {
                      navigation.showClaim(claim.id, sourceOf(claim));
                      draft.startEditClaim(claim.id);
                    }}
                    onDelete={(claim) => void remove(claim)}
                    onKeyDown={onTagKey}
                  />
                )}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}
