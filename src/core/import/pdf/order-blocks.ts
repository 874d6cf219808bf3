// Reading order on a page: a recursive XY cut. Items are cut into horizontal bands at vertical gaps; a
// band whose items leave a vertical gutter (an empty strip with a real column of text on each side) is a
// column region, and consecutive bands sharing that gutter (or lying wholly on one side of it, like the
// tail of a left column) are merged, so a region is read left column top to bottom, then right column.
// Tables are not cut into columns: a side narrower than a text column is not a column.
import type { PdfTextItem } from './pdf-content';
import { appendAll, maxOf, minOf } from '../../lists/append-all';

type Box = { index: number; x0: number; x1: number; top: number; bottom: number; y: number; size: number };
type Gutter = { from: number; to: number };
type Segment = { gutter: Gutter | null; boxes: Box[]; bands: Box[][] };

/** Vertical gap (in font sizes) that separates two bands. */
const BAND_GAP = 0.5;
/** Narrowest gutter between columns (in font sizes). */
const MIN_GUTTER = 0.9;
/** Narrowest column of text (in font sizes). */
const MIN_COLUMN = 10;
const MAX_DEPTH = 8;
/** A gap inside a line wider than this (in font sizes) separates table cells. */
const CELL_GAP = 2.5;

/** Groups the given items into blocks in reading order; each block's items are listed in input order. */
export function orderBlocks(items: readonly PdfTextItem[], indices: readonly number[]): number[][] {
  const boxes = indices.map((index) => toBox(items[index]!, index));
  return cut(boxes, 0).map((block) => block.map((b) => b.index));
}

function toBox(item: PdfTextItem, index: number): Box {
  const size = item.fontSize;
  return {
    index,
    x0: item.x,
    x1: item.x + item.width,
    top: item.y - 0.8 * size,
    bottom: item.y + 0.2 * size,
    y: item.y,
    size,
  };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function cut(boxes: Box[], depth: number): Box[][] {
  if (boxes.length < 2 || depth > MAX_DEPTH) return boxes.length ? [boxes] : [];
  const size = median(boxes.map((b) => b.size)) || 10;
  const segments = mergeBands(splitBands(boxes, size), size);
  if (segments.every((s) => !s.gutter)) return [boxes];
  const blocks: Box[][] = [];
  for (const segment of segments) {
    if (!segment.gutter) {
      blocks.push(segment.boxes);
      continue;
    }
    const middle = (segment.gutter.from + segment.gutter.to) / 2;
    const left = segment.boxes.filter((b) => (b.x0 + b.x1) / 2 < middle);
    const right = segment.boxes.filter((b) => (b.x0 + b.x1) / 2 >= middle);
    appendAll(blocks, cut(left, depth + 1));
    appendAll(blocks, cut(right, depth + 1));
  }
  return blocks;
}

function splitBands(boxes: Box[], size: number): Box[][] {
  const sorted = [...boxes].sort((a, b) => a.top - b.top);
  const bands: Box[][] = [];
  let bottom = Number.NEGATIVE_INFINITY;
  for (const box of sorted) {
    if (box.top > bottom + BAND_GAP * size || bands.length === 0) bands.push([]);
    bands[bands.length - 1]!.push(box);
    bottom = Math.max(bottom, box.bottom);
  }
  return bands;
}

function mergeBands(bands: Box[][], size: number): Segment[] {
  const segments: Segment[] = [];
  for (const band of bands) {
    const gutter = findGutter(band, size);
    const last = segments[segments.length - 1];
    if (last?.gutter && gutter && overlap(last.gutter, gutter) >= (MIN_GUTTER * size) / 2) {
      last.gutter = {
        from: Math.max(last.gutter.from, gutter.from),
        to: Math.min(last.gutter.to, gutter.to),
      };
      addBand(last, band);
    } else if (last?.gutter && !gutter && fitsBeside(band, last)) {
      addBand(last, band);
    } else if (gutter) {
      const segment: Segment = { gutter, boxes: [], bands: [] };
      // Bands just above that lie on one side of the new gutter (the top of one column) belong to it.
      const moved: Box[][] = [];
      while (
        last &&
        !last.gutter &&
        last.bands.length > 0 &&
        fitsBeside(last.bands[last.bands.length - 1]!, segment, gutter)
      ) {
        moved.unshift(last.bands.pop()!);
      }
      if (last && !last.gutter && moved.length > 0) {
        last.boxes = last.bands.flat();
        if (last.bands.length === 0) segments.pop();
      }
      for (const b of [...moved, band]) addBand(segment, b);
      segments.push(segment);
    } else if (last && !last.gutter) {
      addBand(last, band);
    } else {
      segments.push({ gutter: null, boxes: [...band], bands: [band] });
    }
  }
  return segments;
}

function addBand(segment: Segment, band: Box[]): void {
  segment.bands.push(band);
  appendAll(segment.boxes, band);
}

function overlap(a: Gutter, b: Gutter): number {
  return Math.min(a.to, b.to) - Math.max(a.from, b.from);
}

/** True when every item of the band is on one side of the gutter, in the region's body size. */
function fitsBeside(band: Box[], segment: Segment, gutter = segment.gutter): boolean {
  if (!gutter) return false;
  const allLeft = band.every((b) => b.x1 <= gutter.to);
  const allRight = band.every((b) => b.x0 >= gutter.from);
  if (!allLeft && !allRight) return false;
  if (segment.boxes.length === 0) return true;
  const bandSize = median(band.map((b) => b.size));
  const regionSize = median(segment.boxes.map((b) => b.size));
  return Math.abs(bandSize - regionSize) <= 0.15 * regionSize;
}

/** The widest empty vertical strip with a column of text (two lines or more, wide enough) on each side. */
function findGutter(band: Box[], size: number): Gutter | null {
  const sorted = [...band].sort((a, b) => a.x0 - b.x0);
  let reach = sorted[0]!.x1;
  let best: Gutter | null = null;
  for (const box of sorted.slice(1)) {
    const gap = box.x0 - reach;
    if (gap >= MIN_GUTTER * size && (!best || gap > best.to - best.from)) {
      const candidate = { from: reach, to: box.x0 };
      if (isColumnSplit(band, candidate, size)) best = candidate;
    }
    reach = Math.max(reach, box.x1);
  }
  return best;
}

/** Both sides are columns of running text: two lines or more, wide enough, and mostly not table cells. */
function isColumnSplit(band: Box[], gutter: Gutter, size: number): boolean {
  const left = band.filter((b) => b.x1 <= gutter.from);
  const right = band.filter((b) => b.x0 >= gutter.to);
  return [left, right].every((side) => {
    const rows = rowsOf(side, size);
    const width = maxOf(side.map((b) => b.x1)) - minOf(side.map((b) => b.x0));
    const cells = rows.filter((row) => hasCellGap(row, size)).length;
    return rows.length >= 2 && width >= MIN_COLUMN * size && cells <= rows.length / 2;
  });
}

function rowsOf(boxes: Box[], size: number): Box[][] {
  const rows = new Map<number, Box[]>();
  for (const box of boxes) {
    const key = Math.round(box.y / (size * 0.5));
    rows.set(key, [...(rows.get(key) ?? []), box]);
  }
  return [...rows.values()];
}

function hasCellGap(row: Box[], size: number): boolean {
  const sorted = [...row].sort((a, b) => a.x0 - b.x0);
  return sorted.some((box, i) => i > 0 && box.x0 - sorted[i - 1]!.x1 > CELL_GAP * size);
}
