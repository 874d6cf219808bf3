// Reads the browser's Selection over rendered PDF pages as stored offsets. Each text-layer span that holds
// an item's text carries its item's stored span (data-start, data-end) and data-pdf-item, so the reader's
// own boundary logic (dom-selection.ts) finds it, also across pages and from points between spans; for a
// point inside such a span the offset in pdf.js's string is re-mapped to the stored text (pdf-offsets.ts),
// which differs where core trimmed spaces, expanded ligatures or dropped a hyphen.
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
  return boundariesToRange(start, end);
}
