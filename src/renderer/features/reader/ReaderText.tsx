// The document text as chunks that carry their stored offsets (data-start, data-end): plain spans between
// highlights, and <mark>s where claims cover the text, split at every claim boundary so overlapping
// claims all show. Each chunk holds exactly one text node, which dom-selection.ts relies on.
import { memo, useMemo, type CSSProperties } from 'react';
import { UNTAGGED_COLOUR } from '../../storage/tag-palette';
import type { HighlightViewProps } from './highlight-view-props';
import { findClasses, findRanges, isFindId } from '../search/find-highlights';
import { pickTopmost, segmentText, type HighlightRange } from './highlight-segments';
import { appendAll } from '../../../core/lists/append-all';

type Props = HighlightViewProps & { text: string };

export const PENDING_ID = 'pending-claim';

function ReaderTextImpl({
  text,
  placed,
  colourOf,
  selectedClaimId,
  onPickClaim,
  pending,
  suggestedIds,
  found,
}: Props) {
  const { segments, ranges } = useMemo(() => {
    const list: HighlightRange[] = placed.map((p) => ({ id: p.claim.id, start: p.start, end: p.end }));
    if (pending) list.push({ id: PENDING_ID, ...pending });
    appendAll(list, findRanges(found));
    return { segments: segmentText(text.length, list), ranges: new Map(list.map((r) => [r.id, r])) };
  }, [text, placed, pending, found]);

  return (
    <>
      {segments.map((segment) => {
        const slice = text.slice(segment.start, segment.end);
        const top = pickTopmost(
          segment.ids.filter((id) => !isFindId(id)),
          ranges,
        );
        const findClass = findClasses(segment.ids, found);
        if (!top && findClass) {
          return (
            <mark key={segment.start} data-start={segment.start} data-end={segment.end} className={findClass}>
              {slice}
            </mark>
          );
        }
        if (!top) {
          return (
            <span key={segment.start} data-start={segment.start} data-end={segment.end}>
              {slice}
            </span>
          );
        }
        const classes = ['highlight'];
        if (segment.ids.length > 1) classes.push('highlight-overlap');
        if (selectedClaimId && segment.ids.includes(selectedClaimId)) classes.push('highlight-selected');
        if (segment.ids.includes(PENDING_ID)) classes.push('highlight-pending');
        if (suggestedIds?.has(top)) classes.push('highlight-suggested');
        if (findClass) classes.push(findClass);
        return (
          <mark
            key={segment.start}
            data-start={segment.start}
            data-end={segment.end}
            data-claim-ids={segment.ids.join(' ')}
            className={classes.join(' ')}
            style={{ '--hl': colourOf(top) || UNTAGGED_COLOUR } as CSSProperties}
            onClick={() => {
              // A drag that ends on a highlight is a selection, not a click on the claim.
              if (window.getSelection()?.isCollapsed === false || top === PENDING_ID) return;
              onPickClaim(top);
            }}
          >
            {slice}
          </mark>
        );
      })}
    </>
  );
}

export const ReaderText = memo(ReaderTextImpl);
