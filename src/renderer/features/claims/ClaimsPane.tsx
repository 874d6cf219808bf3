// The Claims pane: its header and filters stay pinned while the list scrolls; while a claim is being added
// or edited, the claim form takes the list's place.
import { ocrPagesOfClaim } from '../../../core/import/pdf/ocr-marking';
import type { PageSpan } from '../../../core/model/records';
import { useMemo, useRef } from 'react';
import { useLibraryData } from '../../data/library-data';
import { useActions, useAppState } from '../../store/use-app-store';
import { EmptyState } from '../../ui/EmptyState';
import { VirtualList } from '../../ui/VirtualList';
import { useTagKeys } from '../codebook/use-tag-keys';
import { useCrossChecks } from '../crosscheck/use-cross-checks';
import { ClaimCard } from './ClaimCard';
import { ClaimEditor } from './ClaimEditor';
import { ClaimFilterBar } from './ClaimFilterBar';
import { useClaimActions } from './use-claim-actions';
import { useListedClaims } from './use-listed-claims';
import { minOf } from '../../../core/lists/append-all';

export function ClaimsPane() {
  const { tags, tagsById, sourcesById, status } = useLibraryData();
  const { listed, filtered } = useListedClaims();
  const drafting = useAppState((s) => s.draft.draft !== null);
  const selectedClaimId = useAppState((s) => s.navigation.selectedClaimId);
  const hasOpenSource = useAppState((s) => s.navigation.openSourceId !== null);
  const { navigation, draft } = useActions();
  const { remove } = useClaimActions();
  const { badges } = useCrossChecks();
  const onTagKey = useTagKeys();
  const scrollRef = useRef<HTMLDivElement>(null);
  const selectedIndex = useMemo(
    () => (selectedClaimId ? filtered.findIndex((c) => c.id === selectedClaimId) : -1),
    [filtered, selectedClaimId],
  );

  return (
    <section className="pane claims" aria-label="Claims">
      <div className="pane-head">
        <h2>Claims</h2>
        <span className="pane-count">
          {filtered.length === listed.length ? listed.length : `${filtered.length} of ${listed.length}`}
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
            ) : listed.length === 0 ? (
              <EmptyState title="No claims yet">
                Select a passage in a document and press “Add claim”.
              </EmptyState>
            ) : filtered.length === 0 ? (
              <EmptyState title="No claims match these filters" />
            ) : (
              <VirtualList
                items={filtered}
                itemKey={(claim) => claim.id}
                estimateSize={150}
                gap={8}
                scrollRef={scrollRef}
                activeIndex={selectedIndex}
                className="claim-list"
                label="Claim list"
                renderItem={(claim, item) => (
                  <ClaimCard
                    key={claim.id}
                    item={item}
                    claim={claim}
                    tagsById={tagsById}
                    sourceTitle={sourcesById.get(claim.sourceId)?.title ?? 'Unknown source'}
                    selected={claim.id === selectedClaimId}
                    crossChecks={badges.get(claim.id)}
                    ocr={lowestOcr(ocrPagesOfClaim(claim, sourcesById.get(claim.sourceId)))}
                    onShow={() =>
                      navigation.showClaim(
                        claim.id,
                        sourcesById.has(claim.sourceId) ? claim.sourceId : undefined,
                      )
                    }
                    onEdit={() => {
                      navigation.showClaim(
                        claim.id,
                        sourcesById.has(claim.sourceId) ? claim.sourceId : undefined,
                      );
                      draft.startEditClaim(claim.id);
                    }}
                    onDelete={() => void remove(claim)}
                    onKeyDown={(event) => onTagKey(event, claim)}
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

/** The least sure OCR'd page a passage touches, or undefined when none was OCR'd. */
function lowestOcr(pages: readonly PageSpan[]): { confidence: number } | undefined {
  const confidences = pages.flatMap((page) => (page.ocr ? [page.ocr.confidence] : []));
  return confidences.length ? { confidence: minOf(confidences) } : undefined;
}
