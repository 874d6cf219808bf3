// A Markdown source shown as Markdown: headings, emphasis, lists, quotes, code and tables from
// markdown-blocks.ts, with markup hidden and links as plain text. Each shown text piece is a chunk carrying
// its stored offsets (data-start, data-end) with one text node, cut at every claim boundary like
// ReaderText, so selections, highlights and "Add claim" work exactly as for plain text.
import { createElement, memo, useMemo, type CSSProperties, type ReactNode } from 'react';
import { UNTAGGED_COLOUR } from '../../storage/tag-palette';
import type { HighlightViewProps } from './highlight-view-props';
import { findClasses, findRanges, isFindId } from '../search/find-highlights';
import { pickTopmost, segmentText, type HighlightRange, type Segment } from './highlight-segments';
import { mapMarkdown, type MdChunk, type MdNode } from './markdown-blocks';
import { PENDING_ID } from './ReaderBlock';
import './markdown.css';
import { appendAll } from '../../../core/lists/append-all';

type Props = HighlightViewProps & { text: string };

type PieceContext = Omit<Props, 'placed' | 'pending'> & {
  segments: Segment[];
  ranges: Map<string, HighlightRange>;
};

/** Index of the first segment that ends after `offset` (segments are in order and without gaps). */
function firstSegmentAfter(segments: Segment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((segments[mid] as Segment).end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function renderChunk(chunk: MdChunk, ctx: PieceContext): ReactNode[] {
  const pieces: ReactNode[] = [];
  for (let i = firstSegmentAfter(ctx.segments, chunk.start); i < ctx.segments.length; i += 1) {
    const segment = ctx.segments[i] as Segment;
    if (segment.start >= chunk.end) break;
    const start = Math.max(segment.start, chunk.start);
    const end = Math.min(segment.end, chunk.end);
    const slice = ctx.text.slice(start, end);
    const top = pickTopmost(
      segment.ids.filter((id) => !isFindId(id)),
      ctx.ranges,
    );
    const findClass = findClasses(segment.ids, ctx.found);
    if (!top && findClass) {
      pieces.push(
        <mark key={start} data-start={start} data-end={end} className={findClass}>
          {slice}
        </mark>,
      );
      continue;
    }
    if (!top) {
      pieces.push(
        <span key={start} data-start={start} data-end={end}>
          {slice}
        </span>,
      );
      continue;
    }
    const classes = ['highlight'];
    if (segment.ids.length > 1) classes.push('highlight-overlap');
    if (ctx.selectedClaimId && segment.ids.includes(ctx.selectedClaimId)) classes.push('highlight-selected');
    if (segment.ids.includes(PENDING_ID)) classes.push('highlight-pending');
    if (ctx.suggestedIds?.has(top)) classes.push('highlight-suggested');
    if (findClass) classes.push(findClass);
    pieces.push(
      <mark
        key={start}
        data-start={start}
        data-end={end}
        data-claim-ids={segment.ids.join(' ')}
        className={classes.join(' ')}
        style={{ '--hl': ctx.colourOf(top) || UNTAGGED_COLOUR } as CSSProperties}
        onClick={() => {
          // A drag that ends on a highlight is a selection, not a click on the claim.
          if (window.getSelection()?.isCollapsed === false || top === PENDING_ID) return;
          ctx.onPickClaim(top);
        }}
      >
        {slice}
      </mark>,
    );
  }
  return pieces;
}

function renderNodes(nodes: MdNode[], ctx: PieceContext): ReactNode[] {
  return nodes.map((node, i) => {
    if (node.kind === 'text') return renderChunk(node, ctx);
    const props: Record<string, unknown> = { key: i };
    if (node.className) props['className'] = node.className;
    if (node.start !== undefined) props['start'] = node.start;
    if (node.tag === 'hr' || node.tag === 'br') return createElement(node.tag, props);
    return createElement(node.tag, props, ...renderNodes(node.children, ctx));
  });
}

function MarkdownTextImpl({ text, placed, pending, ...rest }: Props) {
  const nodes = useMemo(() => mapMarkdown(text), [text]);
  const { segments, ranges } = useMemo(() => {
    const list: HighlightRange[] = placed.map((p) => ({ id: p.claim.id, start: p.start, end: p.end }));
    if (pending) list.push({ id: PENDING_ID, ...pending });
    appendAll(list, findRanges(rest.found));
    return { segments: segmentText(text.length, list), ranges: new Map(list.map((r) => [r.id, r])) };
  }, [text, placed, pending, rest.found]);
  return <>{renderNodes(nodes, { ...rest, text, segments, ranges })}</>;
}

export const MarkdownText = memo(MarkdownTextImpl);
