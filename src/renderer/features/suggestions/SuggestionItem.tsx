// One pending suggestion in the Suggestions list: kind, normalised value, confidence, the passage, and
// "Accept" and "Reject". The item itself takes focus (roving: only the active item is a tab stop), and the
// list's key handler gives it A, R and the arrow keys.
import type { KeyboardEvent } from 'react';
import type { Claim, Tag } from '../../../core/model/records';
import { KindBadge } from '../../ui/KindBadge';
import { TagChip } from '../../ui/TagChip';
import type { VirtualItemProps } from '../../ui/VirtualList';
import { describeSuggestion, formatConfidence } from './describe-suggestion';
import { displayQuote } from '../claims/display-quote';

type Props = {
  suggestion: Claim;
  /** Tags given to the suggestion (the codebook's keys 1–9). */
  tags?: Tag[];
  confidence: number | undefined;
  active: boolean;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => void;
  onAccept: () => void;
  onReject: () => void;
  /** Its place in its group's virtual list. */
  item: VirtualItemProps;
};

export function SuggestionItem({
  suggestion,
  tags = [],
  confidence,
  active,
  onFocus,
  onKeyDown,
  onAccept,
  onReject,
  item,
}: Props) {
  const value = describeSuggestion(suggestion);
  const shownConfidence = formatConfidence(confidence);
  // Only the active item's buttons are tab stops, so Tab leaves the list instead of walking every button.
  const tabIndex = active ? 0 : -1;
  return (
    <li
      {...item}
      className="suggestion-item"
      tabIndex={tabIndex}
      data-suggestion-id={suggestion.id}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      <div className="suggestion-top">
        <KindBadge kind={suggestion.kind} />
        {value && <span className="suggestion-value">{value}</span>}
        {shownConfidence && (
          <span className="suggestion-confidence" title="How sure the suggester is">
            {shownConfidence}
          </span>
        )}
      </div>
      {tags.length > 0 && (
        <div className="chips">
          {tags.map((t) => (
            <TagChip key={t.id} name={t.name} colour={t.colour} />
          ))}
        </div>
      )}
      <div className="suggestion-body">
        <q className="suggestion-text">{displayQuote(suggestion.target.selector[0].exact, 160)}</q>
        <span className="suggestion-actions">
          <button type="button" className="button button-small" tabIndex={tabIndex} onClick={onAccept}>
            Accept
          </button>
          <button type="button" className="button-quiet" tabIndex={tabIndex} onClick={onReject}>
            Reject
          </button>
        </span>
      </div>
    </li>
  );
}
