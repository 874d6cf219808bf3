// One claim in the Claims list: kind and what its fields say ("£8.52m · GBP 8,520,000"), its statement, the
// quoted passage (marked when its text was read by OCR), tags, note and source, with Show, Edit and Delete.
// The selected claim is marked (aria-current); the virtual list it sits in brings it into view. The card
// takes focus, so the codebook's keys (1–9, "/") can act on it.
import { memo, type KeyboardEvent } from 'react';
import type { CrossCheckBadge } from '../../../core/crosscheck/cross-check-badges';
import type { Claim, Tag } from '../../../core/model/records';
import { describeOcr } from '../../../core/import/pdf/ocr-marking';
import { KindBadge } from '../../ui/KindBadge';
import type { VirtualItemProps } from '../../ui/VirtualList';
import { TagChip } from '../../ui/TagChip';
import { CrossCheckBadges } from '../crosscheck/CrossCheckBadges';
import { QuoteChangedNote } from '../versions/QuoteChangedNote';
import { describeClaimValue } from './describe-claim-value';
import { displayQuote } from './display-quote';

type Props = {
  claim: Claim;
  tagsById: Map<string, Tag>;
  sourceTitle: string;
  selected: boolean;
  onShow: () => void;
  onEdit: () => void;
  onDelete: () => void;
  /** The cross-checks this claim takes part in (corroborated, conflict, part of a sum). */
  crossChecks?: readonly CrossCheckBadge[] | undefined;
  /** Keys on the focused card (the codebook's 1–9 and "/"). */
  onKeyDown?: (event: KeyboardEvent<HTMLLIElement>) => void;
  /** Set when the quoted passage's text was read by OCR (the lowest page confidence it touches). */
  ocr?: { confidence: number } | undefined;
  /** Its place in the virtual list (measuring ref, position, aria-setsize and aria-posinset). */
  item: VirtualItemProps;
};

/** A row whose record is still being read: the same <li>, empty, of a card's usual height. */
type Waiting = { claim: undefined; item: VirtualItemProps; selected: boolean };

// Both return an <li> at the top, so React keeps the one element when the record arrives.
function ClaimCardImpl(props: Props | Waiting) {
  const current = props.selected ? 'true' : undefined;
  if (props.claim === undefined)
    return (
      <li
        {...props.item}
        className="claim-card-placeholder"
        aria-busy="true"
        aria-current={current}
        tabIndex={0}
      />
    );
  return (
    <li
      {...props.item}
      className="claim-card"
      aria-current={current}
      data-claim-id={props.claim.id}
      tabIndex={0}
      onKeyDown={props.onKeyDown}
    >
      <CardContent {...props} />
    </li>
  );
}

function CardContent(props: Props) {
  const { claim, tagsById, sourceTitle, onShow, onEdit, onDelete, crossChecks, ocr } = props;
  const details = describeClaimValue(claim);
  const topic = claim.kind === 'stance' ? claim.fields.topic?.trim() : undefined;
  const tags = claim.tagIds.map((id) => tagsById.get(id)).filter((t): t is Tag => Boolean(t));

  return (
    <>
      <div className="claim-top">
        <KindBadge kind={claim.kind} />
        {details && <span className="claim-details">{details}</span>}
      </div>
      {crossChecks && <CrossCheckBadges badges={crossChecks} />}
      {topic && <p className="claim-topic">on {topic}</p>}
      {claim.statement && (
        <p className="claim-statement" title={claim.statement}>
          {claim.statement}
        </p>
      )}
      <blockquote className="claim-quote">“{displayQuote(claim.target.selector[0].exact)}”</blockquote>
      {ocr && (
        <p className="claim-ocr" title="Check the quote against the page image">
          {describeOcr(ocr)}
        </p>
      )}
      <QuoteChangedNote claim={claim} />
      {tags.length > 0 && (
        <div className="chips">
          {tags.map((t) => (
            <TagChip key={t.id} name={t.name} colour={t.colour} />
          ))}
        </div>
      )}
      {claim.note && <p className="claim-note">{claim.note}</p>}
      <div className="claim-bottom">
        <span className="claim-source" title={sourceTitle}>
          {sourceTitle}
        </span>
        <span className="claim-actions">
          <button type="button" className="button-quiet" onClick={onShow}>
            Show
          </button>
          <button type="button" className="button-quiet" onClick={onEdit}>
            Edit
          </button>
          <button type="button" className="button-quiet button-danger" onClick={onDelete}>
            Delete
          </button>
        </span>
      </div>
    </>
  );
}

/**
 * A card re-renders only when what it shows changes, not on every scroll frame of its list: its handlers
 * are made afresh by the list each render but act on the same claim, so they are not compared.
 */
export const ClaimCard = memo(ClaimCardImpl, (before, after) => {
  const a = before.item;
  const b = after.item;
  if (before.claim === undefined || after.claim === undefined)
    return (
      before.claim === after.claim &&
      before.selected === after.selected &&
      a['data-index'] === b['data-index'] &&
      a['aria-setsize'] === b['aria-setsize'] &&
      a.style.transform === b.style.transform
    );
  const was = before as Props;
  const is = after as Props;
  return (
    was.claim === is.claim &&
    was.tagsById === is.tagsById &&
    was.sourceTitle === is.sourceTitle &&
    was.selected === is.selected &&
    was.crossChecks === is.crossChecks &&
    was.ocr?.confidence === is.ocr?.confidence &&
    a['data-index'] === b['data-index'] &&
    a['aria-setsize'] === b['aria-setsize'] &&
    a.style.transform === b.style.transform &&
    a.ref === b.ref
  );
});
