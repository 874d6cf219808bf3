// Turns a selection on screen back into exact offsets into the stored text. The reader renders the text as
// chunks, each an element carrying the stored offsets of the text it holds (data-start, data-end) and one
// text node, so a DOM boundary point maps to an offset by arithmetic alone: no searching, no guessing.

/** Where one end of a selection lies, relative to the rendered chunks. */
export type ChunkBoundary =
  /** Inside a chunk's text node, `offset` code units from the chunk's start. */
  | { type: 'inside'; chunkStart: number; chunkEnd: number; offset: number }
  /** Between elements: just before a chunk, or just after one. */
  | { type: 'before'; chunkStart: number }
  | { type: 'after'; chunkEnd: number };

export type StoredRange = { start: number; end: number };

export function boundaryToOffset(boundary: ChunkBoundary): number {
  switch (boundary.type) {
    case 'inside': {
      const length = boundary.chunkEnd - boundary.chunkStart;
      return boundary.chunkStart + Math.min(Math.max(boundary.offset, 0), length);
    }
    case 'before':
      return boundary.chunkStart;
    case 'after':
      return boundary.chunkEnd;
  }
}

/** The stored range between two boundaries (in either order), or null when it selects nothing. */
export function boundariesToRange(a: ChunkBoundary, b: ChunkBoundary): StoredRange | null {
  const x = boundaryToOffset(a);
  const y = boundaryToOffset(b);
  const start = Math.min(x, y);
  const end = Math.max(x, y);
  return end > start ? { start, end } : null;
}
