// One group of conflicting claims in the Cross-checks tab. A group of two claims reads as the pair
// always has; a larger one says what it is about and lists its distinct values with how many claims give
// each, and expands to the claims of each value, every one a link to its passage.
import type { ConflictGroupSummary } from '../../../core/crosscheck/conflict-group-summary';
import { describeConflict, type TagNames } from '../../../core/crosscheck/describe-cross-check';
import type { SourceEntry } from '../../storage/source-texts';
import type { VirtualItemProps } from '../../ui/VirtualList';
import { ClaimLinkList } from './ClaimLinkList';
import { linksOf } from './claim-links';
import { conflictGroupAbout, conflictGroupHeading, count } from './conflict-group-words';
import { CrossCheckItem } from './CrossCheckItem';

type Props = {
  group: ConflictGroupSummary;
  tags: TagNames;
  sourcesById: Map<string, SourceEntry>;
  expanded: boolean;
  onToggle: () => void;
  item: VirtualItemProps;
};

export function ConflictGroupItem({ group, tags, sourcesById, expanded, onToggle, item }: Props) {
  if (group.pair) {
    return (
      <CrossCheckItem
        item={item}
        status="conflict"
        tone="bad"
        sentence={describeConflict(group.pair, tags)}
        links={linksOf(group.pair)}
        sourcesById={sourcesById}
      />
    );
  }
  return (
    <li {...item} className="crosscheck-item crosscheck-group">
      <p className="crosscheck-sentence">
        <span className="crosscheck-status crosscheck-bad">conflict</span> {conflictGroupHeading(group, tags)}
      </p>
      <p className="crosscheck-about">{conflictGroupAbout(group)}</p>
      {/* The row's first control, so the list's arrow keys move from it to the next row's. */}
      <button
        type="button"
        className="button-quiet crosscheck-expand"
        aria-expanded={expanded}
        onClick={onToggle}
      >
        {expanded ? 'Hide the claims' : `Show the ${count(group.claimIds.length, 'claim')}`}
      </button>
      <ul className="crosscheck-values" aria-label="Values">
        {group.values.map((value) => (
          <li key={value.words} className="crosscheck-value">
            <span className="crosscheck-value-words">{value.words}</span>{' '}
            <span className="crosscheck-value-count">{count(value.claims.length, 'claim')}</span>
            {expanded && (
              <ClaimLinkList
                label={`Claims giving ${value.words}`}
                links={value.claims.map((c) => ({ ...c, label: value.words }))}
                sourcesById={sourcesById}
              />
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}
