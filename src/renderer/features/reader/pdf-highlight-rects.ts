// Where a highlight goes on a rendered PDF page: for each item a stored range covers (coverItems), the
// covered part of its text-layer span is measured with a DOM Range over the span's text node, so the
// rectangles follow the glyphs pdf.js laid out (scaled and rotated spans included). Rectangles are in
// pixels relative to the page element.
import { storedToShown, type ItemCover } from './pdf-offsets';

export type HighlightRect = { left: number; top: number; width: number; height: number };

export function measureCovers(options: {
  page: HTMLElement;
  textDivs: readonly HTMLElement[];
  covers: readonly ItemCover[];
  /** The stored text of an item (its span's slice of the source text). */
  storedTextOf: (item: number) => string;
}): HighlightRect[] {
  const { page, textDivs, covers, storedTextOf } = options;
  const origin = page.getBoundingClientRect();
  const rects: HighlightRect[] = [];
  const range = page.ownerDocument.createRange();
  for (const cover of covers) {
    const node = textDivs[cover.item]?.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE || !node.isConnected) continue;
    const shown = node.textContent ?? '';
    const stored = storedTextOf(cover.item);
    const from = storedToShown(shown, stored, cover.from);
    const to = Math.max(from, storedToShown(shown, stored, cover.to));
    if (to === from) continue;
    range.setStart(node, from);
    range.setEnd(node, to);
    for (const r of range.getClientRects()) {
      if (r.width < 0.5 || r.height < 0.5) continue;
      rects.push({ left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height });
    }
  }
  return rects;
}
