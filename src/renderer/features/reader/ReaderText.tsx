// The document text as blocks (reader-blocks.ts) whose chunks carry their stored offsets (data-start,
// data-end). Only the blocks in or near view, and those holding the selected claim, the pending passage or
// the current find hit, are cut at highlight boundaries into <mark>s; the rest stay one plain chunk each.
// So a source with 20,000 claims opens as fast as one without, and scrolling draws a screenful at a time.
import { memo, useMemo, useRef } from 'react';
import { findRanges } from '../search/find-highlights';
import type { HighlightViewProps } from './highlight-view-props';
import { indexHighlights } from './highlight-index';
import type { HighlightRange } from './highlight-segments';
import { PENDING_ID, ReaderBlock } from './ReaderBlock';
import { useHeldWhile, useSelectingIn } from './use-held-while-selecting';
import { findBlockAt, splitIntoBlocks } from './reader-blocks';
import { useVisibleBlocks } from './use-visible-blocks';

type Props = HighlightViewProps & { text: string };

function ReaderTextImpl({ text, placed, pending, found, selectedClaimId, ...view }: Props) {
  const holderRef = useRef<HTMLDivElement>(null);
  const blocks = useMemo(() => splitIntoBlocks(text), [text]);
  // A block coming near view during a drag (the view scrolls with it) is cut into highlights after it.
  const dragging = useSelectingIn(holderRef) === 'dragging';
  const visible = useHeldWhile(useVisibleBlocks(holderRef, blocks), dragging);
  const { highlights, ranges } = useMemo(() => {
    const list: HighlightRange[] = placed.map((p) => ({ id: p.claim.id, start: p.start, end: p.end }));
    if (pending) list.push({ id: PENDING_ID, ...pending });
    for (const hit of findRanges(found)) list.push(hit);
    return { highlights: indexHighlights(list), ranges: new Map(list.map((r) => [r.id, r])) };
  }, [placed, pending, found]);

  // Blocks drawn whatever the scroll: where the reader is about to scroll to.
  const wanted = useMemo(() => {
    const offsets: number[] = [];
    const selected = selectedClaimId ? ranges.get(selectedClaimId) : undefined;
    if (selected) offsets.push(selected.start);
    if (pending) offsets.push(pending.start);
    const hit = found?.ranges[found.current];
    if (hit) offsets.push(hit.start);
    return new Set(offsets.map((offset) => findBlockAt(blocks, offset)));
  }, [blocks, ranges, selectedClaimId, pending, found]);

  return (
    <div className="reader-blocks" ref={holderRef}>
      {blocks.map((block, index) => (
        <ReaderBlock
          key={block.start}
          text={text}
          block={block}
          index={index}
          live={visible.has(index) || wanted.has(index)}
          highlights={highlights}
          ranges={ranges}
          selectedClaimId={selectedClaimId}
          found={found}
          colourOf={view.colourOf}
          onPickClaim={view.onPickClaim}
          suggestedIds={view.suggestedIds}
        />
      ))}
    </div>
  );
}

export const ReaderText = memo(ReaderTextImpl);
