// Finds each page's running header and footer: lines in the top or bottom zone of the page whose text
// (digits ignored) repeats at the same edge on several pages, and lone page numbers ("7", "Page 7 of 9",
// "- vii -"). They stay in the page's text but are moved to the page's start or end, so they never land in
// the middle of a sentence that runs on across a column or a page.
import type { PdfPageContent } from './pdf-content';

export type PageFurniture = { header: number[]; footer: number[] };

/** Share of the page height, from either edge, where headers and footers live. */
const EDGE_ZONE = 0.15;
/** Lines nearest each edge that may be furniture. */
const EDGE_LINES = 2;
/** Share of pages a text must repeat on (and at least two) to be a running header or footer. */
const MIN_SHARE = 0.3;

type EdgeLine = { items: number[]; signature: string; outermost: boolean };

const PAGE_NUMBER =
  /^(?:(?:page|p\.|pg\.?|seite|pagina|página)\s*)?[-–—(\s]*(?:#|[ivxlcdm]+)[-–—)\s]*(?:(?:of|\/|de|von)\s*#)?$/i;

export function findPageFurniture(pages: readonly PdfPageContent[]): PageFurniture[] {
  const edges = pages.map((page) => ({ top: edgeLines(page, 'top'), bottom: edgeLines(page, 'bottom') }));
  const counts = {
    top: countSignatures(edges.map((e) => e.top)),
    bottom: countSignatures(edges.map((e) => e.bottom)),
  };
  const needed = Math.max(2, Math.ceil(MIN_SHARE * pages.length));
  const isFurniture = (line: EdgeLine, edge: 'top' | 'bottom') =>
    (counts[edge].get(line.signature) ?? 0) >= needed || (line.outermost && PAGE_NUMBER.test(line.signature));
  return edges.map(({ top, bottom }) => ({
    header: top.filter((l) => isFurniture(l, 'top')).flatMap((l) => l.items),
    footer: bottom.filter((l) => isFurniture(l, 'bottom')).flatMap((l) => l.items),
  }));
}

function countSignatures(perPage: EdgeLine[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const lines of perPage) {
    for (const signature of new Set(lines.map((l) => l.signature))) {
      counts.set(signature, (counts.get(signature) ?? 0) + 1);
    }
  }
  return counts;
}

/** Text with digits replaced by '#' and spacing and case ignored, so "Page 3" and "Page 4" match. */
function signatureOf(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** The lines nearest one edge of the page, each split into pieces at wide gaps (left, centre, right). */
function edgeLines(page: PdfPageContent, edge: 'top' | 'bottom'): EdgeLine[] {
  const candidates = page.items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => !item.rotated && item.str.trim() !== '')
    .filter(({ item }) =>
      edge === 'top' ? item.y <= EDGE_ZONE * page.height : item.y >= (1 - EDGE_ZONE) * page.height,
    )
    .sort((a, b) => (edge === 'top' ? a.item.y - b.item.y : b.item.y - a.item.y));
  const rows: (typeof candidates)[] = [];
  for (const entry of candidates) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (
      row &&
      first &&
      Math.abs(first.item.y - entry.item.y) <= 0.4 * Math.max(first.item.fontSize, entry.item.fontSize)
    ) {
      row.push(entry);
    } else if (rows.length < EDGE_LINES) {
      rows.push([entry]);
    } else {
      break;
    }
  }
  return rows.flatMap((row, rowIndex) => splitRow(row, rowIndex === 0));
}

function splitRow(
  row: { item: PdfPageContent['items'][number]; index: number }[],
  outermost: boolean,
): EdgeLine[] {
  const sorted = [...row].sort((a, b) => a.item.x - b.item.x);
  const pieces: (typeof sorted)[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const entry of sorted) {
    if (entry.item.x - reach > 2 * entry.item.fontSize || pieces.length === 0) pieces.push([]);
    pieces[pieces.length - 1]!.push(entry);
    reach = Math.max(reach, entry.item.x + entry.item.width);
  }
  return pieces.map((piece) => ({
    items: piece.map((e) => e.index),
    signature: signatureOf(piece.map((e) => e.item.str).join(' ')),
    outermost,
  }));
}
