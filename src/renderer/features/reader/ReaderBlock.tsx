// One block of the reader's text. Out of view it is a single plain chunk (one element, one text node,
// its stored offsets), which is all a selection needs; in view (or holding the selected claim, the pending
// passage or the current find hit) it is cut at every highlight boundary into spans and <mark>s, each
// chunk carrying its stored offsets (data-start, data-end) with exactly one text node, as dom-selection.ts
// relies on.
import { memo, useMemo, type CSSProperties } from 'react';
import { UNTAGGED_COLOUR } from '../../storage/tag-palette';
import { findClasses, isFindId, type FoundHighlights } from '../search/find-highlights';
import { highlightsIn, type HighlightIndex } from './highlight-index';
import { pickTopmost, segmentText, type HighlightRange } from './highlight-segments';
import type { TextBlock } from './reader-blocks';

export const PENDING_ID = 'pending-claim';

type Props = {
  text: string;
  block: TextBlock;
  index: number;
  live: boolean;
  highlights: HighlightIndex;
  ranges: Map<string, HighlightRange>;
  colourOf: (claimId: string) => string;
  selectedClaimId: string | null;
  onPickClaim: (claimId: string) => void;
  suggestedIds: ReadonlySet<string> | undefined;
  found: FoundHighlights | undefined;
};

function LiveChunks({ text, block, highlights, ranges, ...view }: Omit<Props, 'index' | 'live'>) {
  const segments = useMemo(
    () => segmentText(text.length, highlightsIn(highlights, block.start, block.end), block),
    [text, block, highlights],
  );
  return segments.map((segment) => {
    const slice = text.slice(segment.start, segment.end);
    const top = pickTopmost(
      segment.ids.filter((id) => !isFindId(id)),
      ranges,
    );
    const findClass = findClasses(segment.ids, view.found);
    if (!top) {
      return findClass ? (
        <mark key={segment.start} data-start={segment.start} data-end={segment.end} className={findClass}>
          {slice}
        </mark>
      ) : (
        <span key={segment.start} data-start={segment.start} data-end={segment.end}>
          {slice}
        </span>
      );
    }
    const classes = ['highlight'];
    if (segment.ids.length > 1) classes.push('highlight-overlap');
    if (view.selectedClaimId && segment.ids.includes(view.selectedClaimId))
      classes.push('highlight-selected');
    if (segment.ids.includes(PENDING_ID)) classes.push('highlight-pending');
    if (view.suggestedIds?.has(top)) classes.push('highlight-suggested');
    if (findClass) classes.push(findClass);
    return (
      <mark
        key={segment.start}
        data-start={segment.start}
        data-end={segment.end}
        data-claim-ids={segment.ids.join(' ')}
        className={classes.join(' ')}
        style={{ '--hl': view.colourOf(top) || UNTAGGED_COLOUR } as CSSProperties}
        onClick={() => {
          // A drag that ends on a highlight is a selection, not a click on the claim.
          if (window.getSelection()?.isCollapsed === false || top === PENDING_ID) return;
          view.onPickClaim(top);
        }}
      >
        {slice}
      </mark>
    );
  });
}

function ReaderBlockImpl({ index, live, ...rest }: Props) {
  const { text, block } = rest;
  return (
    <div className="reader-block" data-block={index}>
      {live ? (
        <LiveChunks {...rest} />
      ) : (
        <span data-start={block.start} data-end={block.end}>
          {text.slice(block.start, block.end)}
        </span>
      )}
    </div>
  );
}

/** A block out of view is drawn once and left alone while highlights change elsewhere. */
export const ReaderBlock = memo(ReaderBlockImpl, (before, after) => {
  if (before.live !== after.live || before.block !== after.block || before.text !== after.text) return false;
  if (!after.live) return true;
  return (Object.keys(after) as (keyof Props)[]).every((key) => before[key] === after[key]);
});
