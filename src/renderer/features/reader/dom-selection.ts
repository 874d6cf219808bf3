// Reads the browser's Selection inside the reader and describes each end relative to the rendered chunks
// (elements with data-start and data-end), for chunk-offsets.ts to turn into stored offsets.
import { boundariesToRange, type ChunkBoundary, type StoredRange } from './chunk-offsets';

const CHUNK_SELECTOR = '[data-start][data-end]';

function readChunk(el: Element): { start: number; end: number } {
  return { start: Number(el.getAttribute('data-start')), end: Number(el.getAttribute('data-end')) };
}

/** For a point between elements: just before the first chunk at or after it, else after the last chunk. */
function locateBetweenChunks(root: Element, node: Node, offset: number): ChunkBoundary | null {
  const chunks = [...root.querySelectorAll(CHUNK_SELECTOR)];
  const last = chunks[chunks.length - 1];
  if (!last) return null;
  const point = root.ownerDocument.createRange();
  point.setStart(node, offset);
  point.collapse(true);
  for (const chunk of chunks) {
    if (point.comparePoint(chunk, 0) >= 0) return { type: 'before', chunkStart: readChunk(chunk).start };
  }
  return { type: 'after', chunkEnd: readChunk(last).end };
}

export function describeBoundary(root: Element, node: Node, offset: number): ChunkBoundary | null {
  if (!root.contains(node)) {
    // A selection dragged in from outside the reader: clamp it to the reader's start or end.
    const point = root.ownerDocument.createRange();
    point.setStart(node, offset);
    return point.comparePoint(root, 0) > 0
      ? locateBetweenChunks(root, root, 0)
      : locateBetweenChunks(root, root, root.childNodes.length);
  }
  if (node.nodeType === Node.TEXT_NODE) {
    const chunk = node.parentElement?.closest(CHUNK_SELECTOR);
    if (chunk && root.contains(chunk)) {
      const { start, end } = readChunk(chunk);
      return { type: 'inside', chunkStart: start, chunkEnd: end, offset };
    }
  }
  return locateBetweenChunks(root, node, offset);
}

/** The stored range the current selection covers inside `root`, or null (none, collapsed, or elsewhere). */
export function readSelectionRange(root: Element, selection: Selection | null): StoredRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const start = describeBoundary(root, range.startContainer, range.startOffset);
  const end = describeBoundary(root, range.endContainer, range.endOffset);
  if (!start || !end) return null;
  return boundariesToRange(start, end);
}
