// One row of the Claims list, given only its place in the list: its record comes from the list's pages
// (record-pages.ts, read fifty at a time for the rows in and near view), so the list holds ids and only
// the cards in and near view hold records. Until the record has been read the row is an empty
// placeholder of a card's usual height, keeping its place in the list (and focus, if it has it).
import { useSyncExternalStore, type KeyboardEvent } from 'react';
import { ocrPagesOfClaim } from '../../../core/import/pdf/ocr-marking';
import type { CrossCheckBadge } from '../../../core/crosscheck/cross-check-badges';
import type { Claim, PageSpan, Tag } from '../../../core/model/records';
import type { SourceEntry } from '../../storage/source-texts';
import { minOf } from '../../../core/lists/append-all';
import type { VirtualItemProps } from '../../ui/VirtualList';
import { ClaimCard } from './ClaimCard';
import type { RecordPages } from './record-pages';

type Props = {
  pages: RecordPages<Claim>;
  item: VirtualItemProps;
  selected: boolean;
  tagsById: Map<string, Tag>;
  sourcesById: Map<string, SourceEntry>;
  crossChecks: readonly CrossCheckBadge[] | undefined;
  onShow: (claim: Claim) => void;
  onEdit: (claim: Claim) => void;
  onDelete: (claim: Claim) => void;
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>, claim: Claim) => void;
};

export function ListedClaimCard(props: Props) {
  const { pages, item, sourcesById } = props;
  const index = item['data-index'];
  const claim = useSyncExternalStore(pages.subscribe, () => pages.get(index));
  // The same <li> before and after the record arrives, so focus that moved to the row stays on it.
  if (!claim) return <ClaimCard item={item} claim={undefined} selected={props.selected} />;
  const source = sourcesById.get(claim.sourceId);
  return (
    <ClaimCard
      item={item}
      claim={claim}
      tagsById={props.tagsById}
      sourceTitle={source?.title ?? 'Unknown source'}
      selected={props.selected}
      crossChecks={props.crossChecks}
      ocr={lowestOcr(ocrPagesOfClaim(claim, source))}
      onShow={() => props.onShow(claim)}
      onEdit={() => props.onEdit(claim)}
      onDelete={() => props.onDelete(claim)}
      onKeyDown={(event) => props.onKeyDown(event, claim)}
    />
  );
}

/** The least sure OCR'd page a passage touches, or undefined when none was OCR'd. */
function lowestOcr(pages: readonly PageSpan[]): { confidence: number } | undefined {
  const confidences = pages.flatMap((page) => (page.ocr ? [page.ocr.confidence] : []));
  return confidences.length ? { confidence: minOf(confidences) } : undefined;
}
