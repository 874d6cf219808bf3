// Maps between a PDF text item as pdf.js's text layer draws it (the item's own string) and that item's
// text in the stored source text (its span from assemblePdfText). The two differ only by what core's text
// definition does to an item: leading and trailing spaces trimmed, runs of spaces made one, ligatures
// expanded, a line-end hyphen dropped. An alignment walks both strings once; offsets between them follow
// it, and land on the nearest sensible place where the strings disagree. Pure: no DOM.
import type { PdfItemSpan } from '../../../core/import/pdf/assemble-pdf-text';
import { LIGATURES } from '../../../core/import/pdf/expand-ligatures';

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * For each offset 0..shown.length in the item's drawn string, the offset in its stored text
 * (0..stored.length). Never decreasing.
 */
export function alignItemText(shown: string, stored: string): number[] {
  const map: number[] = [];
  let j = 0;
  for (let i = 0; i < shown.length; i += 1) {
    map.push(j);
    const ch = shown[i]!;
    if (j >= stored.length) continue;
    const ligature = LIGATURES[ch];
    if (ligature && stored.startsWith(ligature, j)) j += ligature.length;
    else if (isSpace(ch)) {
      // A run of spaces is one space in the stored text; trimmed spaces are none.
      if (isSpace(stored[j]) && !isSpace(shown[i - 1])) j += 1;
    } else if (ch === stored[j]) j += 1;
    // A character the stored text lacks (a dropped hyphen) keeps j; a different one is a substitution.
    else if (shown[i + 1] !== stored[j]) j += 1;
  }
  map.push(shown.length === 0 ? 0 : Math.min(j, stored.length));
  return map;
}

/** The stored-text offset (within the item's stored text) of an offset in the drawn string; clamped. */
export function shownToStored(shown: string, stored: string, offset: number): number {
  const map = alignItemText(shown, stored);
  return map[Math.min(Math.max(Math.round(offset), 0), shown.length)]!;
}

/** The drawn-string offset of an offset in the item's stored text: the first that reaches it. */
export function storedToShown(shown: string, stored: string, offset: number): number {
  const map = alignItemText(shown, stored);
  const index = map.findIndex((j) => j >= offset);
  return index < 0 ? shown.length : index;
}

/** An item's part covered by a stored range, as offsets within the item's stored text. */
export type ItemCover = { page: number; item: number; from: number; to: number };

/** The items whose stored text overlaps [start, end), and which part of each; in stored order. */
export function coverItems(spans: readonly PdfItemSpan[], start: number, end: number): ItemCover[] {
  const covers: ItemCover[] = [];
  for (const span of spans) {
    if (span.end <= start || span.start >= end) continue;
    covers.push({
      page: span.page,
      item: span.item,
      from: Math.max(start, span.start) - span.start,
      to: Math.min(end, span.end) - span.start,
    });
  }
  return covers;
}

/** Where each item's stored text lies, by "page:item" (an item's spans, if ever several, joined). */
export function indexItemSpans(spans: readonly PdfItemSpan[]): Map<string, { start: number; end: number }> {
  const byItem = new Map<string, { start: number; end: number }>();
  for (const span of spans) {
    const key = itemKey(span.page, span.item);
    const known = byItem.get(key);
    byItem.set(
      key,
      known
        ? { start: Math.min(known.start, span.start), end: Math.max(known.end, span.end) }
        : { start: span.start, end: span.end },
    );
  }
  return byItem;
}

export function itemKey(page: number, item: number): string {
  return `${page}:${item}`;
}

/** The index of the page holding a stored offset (a separator belongs to the page before it). */
export function findPageAt(
  pages: readonly { index: number; start: number; end: number }[],
  offset: number,
): number | undefined {
  let found: number | undefined;
  for (const page of pages) {
    if (page.start > offset) break;
    found = page.index;
  }
  return found;
}
