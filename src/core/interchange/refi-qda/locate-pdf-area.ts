// Places a REFI-QDA PDFSelection, a rectangle on a page of a PDF, on the text we read from that PDF, so a
// coded area another tool made becomes a quote claim on the passage it covers. The standard gives the
// rectangle in PDF points with the origin at the page's bottom left (the PDF's own space) and a 0-based
// page; our text items have their origin at the top left, so the rectangle is turned over first. Each item
// the rectangle covers gives the characters whose middle lies inside it (characters spread evenly over the
// item's width, which is exact for the item as a whole and close within it); the passage runs from the
// first to the last of them, widened to whole words, since a tool's box seldom ends exactly on a letter.
// Running headers and footers count only when the box holds nothing else: their text sits after the last
// page, and a passage must not stretch there from the body.
import { keepSurrogatesWhole } from '../../anchoring/snap-to-words';
import type { PdfLayout } from '../../import/pdf/extract-pdf';
import type { PdfTextItem } from '../../import/pdf/pdf-content';
import type { PdfItemSpan } from '../../import/pdf/page-writer';
import type { XmlElement } from './read-xml-safely';

export type PdfArea = { page: number; left: number; right: number; bottom: number; top: number };

type Range = { start: number; end: number };

/** The selection's page and rectangle (bottom-left origin), or null when one of them is not a number. */
export function readPdfArea(selection: XmlElement): PdfArea | null {
  const value = (name: string) => Number(selection.attributes[name] ?? Number.NaN);
  const [page, x1, y1, x2, y2] = ['page', 'firstX', 'firstY', 'secondX', 'secondY'].map(value) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (![page, x1, y1, x2, y2].every(Number.isFinite) || !Number.isInteger(page) || page < 0) return null;
  return {
    page,
    left: Math.min(x1, x2),
    right: Math.max(x1, x2),
    bottom: Math.min(y1, y2),
    top: Math.max(y1, y2),
  };
}

export function locatePdfArea(layout: PdfLayout, text: string, area: PdfArea): Range | { why: string } {
  const pages = layout.content.pages;
  const page = pages.find((p) => p.index === area.page);
  if (!page) {
    const count = pages.length;
    return {
      why: `it marks page ${area.page + 1}, and the PDF has ${count} page${count === 1 ? '' : 's'}`,
    };
  }
  // The box with a top-left origin, as our items are measured.
  const box = {
    left: area.left,
    right: area.right,
    top: page.height - area.top,
    bottom: page.height - area.bottom,
  };
  const body: Range[] = [];
  const furniture: Range[] = [];
  for (const span of spansOfPage(layout.assembled.items, page.index)) {
    const item = page.items[span.item];
    const cut = item ? cutInside(item, span, box) : null;
    if (cut) (span.furniture ? furniture : body).push(cut);
  }
  const found = body.length > 0 ? body : furniture;
  if (found.length === 0) return { why: `there is no text in the area it marks on page ${page.label}` };
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const range of found) {
    start = Math.min(start, range.start);
    end = Math.max(end, range.end);
  }
  return trimToWords(text, { start, end });
}

function spansOfPage(items: readonly PdfItemSpan[], page: number): PdfItemSpan[] {
  return items.filter((span) => span.page === page);
}

/** The part of the item's text whose characters' middles lie in the box, as a range of the source text. */
function cutInside(
  item: PdfTextItem,
  span: PdfItemSpan,
  box: { left: number; right: number; top: number; bottom: number },
): Range | null {
  const middle = item.y - item.height / 2;
  if (middle < box.top || middle > box.bottom) return null;
  const length = span.end - span.start;
  if (length <= 0) return null;
  if (item.rotated || item.width <= 0) {
    const centre = item.x + item.width / 2;
    return centre >= box.left && centre <= box.right ? { start: span.start, end: span.end } : null;
  }
  const step = item.width / length;
  const first = Math.ceil((box.left - item.x) / step - 0.5);
  const last = Math.floor((box.right - item.x) / step - 0.5);
  const from = Math.max(0, first);
  const to = Math.min(length - 1, last);
  return from <= to ? { start: span.start + from, end: span.start + to + 1 } : null;
}

const WORD = /[\p{L}\p{N}\p{M}_'’-]/u;

function trimToWords(text: string, range: Range): Range | { why: string } {
  let { start, end } = keepSurrogatesWhole(text, range);
  while (start > 0 && WORD.test(text[start - 1]!) && WORD.test(text[start]!)) start -= 1;
  while (end < text.length && WORD.test(text[end - 1]!) && WORD.test(text[end]!)) end += 1;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return start < end ? { start, end } : { why: 'the area it marks holds only spaces' };
}
