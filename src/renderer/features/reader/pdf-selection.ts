// Reads the browser's Selection over rendered PDF pages as stored offsets. Each text-layer span that holds
// an item's text carries its item's stored span (data-start, data-end) and data-pdf-item, so the reader's
// own boundary logic (dom-selection.ts) finds it, also across pages and from points between spans; for a
// point inside such a span the offset in pdf.js's string is re-mapped to the stored text (pdf-offsets.ts),
// which differs where core trimmed spaces, expanded ligatures or dropped a hyphen.
//
// Running headers and footers are stored after the last page, not between the pages' bodies, so a passage
// over a page break is one stretch of stored text without them. An end of the selection that lies in one
// (dragged on into the next page's header, or started in a footer) stands for its page's body edge: a
// header for the start of its page's body, a footer for its end. Spaces at either end are left out.
import { boundariesToRange, type ChunkBoundary, type StoredRange } from './chunk-offsets';
import { describeBoundary } from './dom-selection';
import { shownToStored } from './pdf-offsets';

export const PDF_ITEM_ATTRIBUTE = 'data-pdf-item';

function describePdfBoundary(root: Element, node: Node, offset: number, text: string): ChunkBoundary | null {
  const boundary = describeBoundary(root, node, offset);
  if (boundary?.type !== 'inside' || !node.parentElement?.hasAttribute(PDF_ITEM_ATTRIBUTE)) return boundary;
  const stored = text.slice(boundary.chunkStart, boundary.chunkEnd);
  return { ...boundary, offset: shownToStored(node.textContent ?? '', stored, offset) };
}

/** The header or footer span a boundary lies in or beside, if any. */
function furnitureAt(root: Element, boundary: ChunkBoundary): HTMLElement | null {
  const selector =
    boundary.type === 'after'
      ? `[data-furniture][data-end="${boundary.chunkEnd}"]`
      : `[data-furniture][data-start="${boundary.chunkStart}"]`;
  return root.querySelector<HTMLElement>(selector);
}

/** A boundary in a running header or footer moved to its page's body start or end. */
function skipFurniture(root: Element, boundary: ChunkBoundary): ChunkBoundary {
  const span = furnitureAt(root, boundary);
  const frame = span?.closest<HTMLElement>('[data-body-start][data-body-end]');
  if (!span || !frame) return boundary;
  if (span.dataset['furniture'] === 'header') {
    return { type: 'before', chunkStart: Number(frame.dataset['bodyStart']) };
  }
  return { type: 'after', chunkEnd: Number(frame.dataset['bodyEnd']) };
}

function trimSpaces(range: StoredRange, text: string): StoredRange | null {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return end > start ? { start, end } : null;
}

/** The stored range the selection covers in the PDF view under `root` (its text: `text`), or null. */
export function readPdfSelectionRange(
  root: Element,
  selection: Selection | null,
  text: string,
): StoredRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const start = describePdfBoundary(root, range.startContainer, range.startOffset, text);
  const end = describePdfBoundary(root, range.endContainer, range.endOffset, text);
  if (!start || !end) return null;
  // A selection wholly inside one page's header, or one page's footer, is a passage of it, kept as it is.
  const a = furnitureAt(root, start);
  const b = furnitureAt(root, end);
  const within =
    a !== null &&
    b !== null &&
    a.dataset['furniture'] === b.dataset['furniture'] &&
    a.closest('[data-page-index]') === b.closest('[data-page-index]');
  const stored = within
    ? boundariesToRange(start, end)
    : boundariesToRange(skipFurniture(root, start), skipFurniture(root, end));
  return stored && trimSpaces(stored, text);
}
