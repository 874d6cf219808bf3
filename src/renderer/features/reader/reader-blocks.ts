// The reader lays a long text out as blocks of about a couple of thousand characters, cut after a line
// break where there is one, so only the blocks in view need their highlights drawn. A block keeps its
// trailing line breaks, so the text reads exactly as one run of pre-wrapped text would.

export type TextBlock = { start: number; end: number };

const TARGET = 2_000;
const LIMIT = 4_000;

export function splitIntoBlocks(text: string, target = TARGET, limit = LIMIT): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + limit);
    if (end < text.length) {
      // Prefer a paragraph break after the target, then any line break, else cut at the limit.
      const paragraph = text.indexOf('\n\n', start + target);
      const line = text.indexOf('\n', start + target);
      if (paragraph >= 0 && paragraph + 2 <= end) {
        end = paragraph + 2;
        while (end < text.length && text[end] === '\n') end += 1;
      } else if (line >= 0 && line + 1 <= end) end = line + 1;
    }
    blocks.push({ start, end });
    start = end;
  }
  return blocks;
}

/** The index of the block holding `offset` (the last block for the text's end). */
export function findBlockAt(blocks: readonly TextBlock[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((blocks[mid] as TextBlock).start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
