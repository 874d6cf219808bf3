// Builds synthetic PDF pages for the assembly tests: lines of text placed where a PDF would draw them,
// one item per word (as justified text and many producers give), with widths from the font size.
import type { PdfPageContent, PdfTextItem } from '../../../../src/core/import/pdf/pdf-content';

export const CHAR_WIDTH = 0.5;

export function word(str: string, x: number, y: number, fontSize = 10): PdfTextItem {
  return { str, x, y, width: str.length * CHAR_WIDTH * fontSize, height: fontSize, fontSize, hasEOL: false };
}

/** One item per word, separated by a normal word space, starting at x on baseline y. */
export function line(text: string, x: number, y: number, fontSize = 10): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  let cursor = x;
  for (const w of text.split(' ')) {
    items.push(word(w, cursor, y, fontSize));
    cursor += (w.length + 1) * CHAR_WIDTH * fontSize;
  }
  return items;
}

/** Lines of a column, one every `pitch` points from `top`. */
export function column(lines: string[], x: number, top: number, pitch = 13, fontSize = 10): PdfTextItem[] {
  return lines.flatMap((text, i) => line(text, x, top + i * pitch, fontSize));
}

export function page(index: number, items: PdfTextItem[], label = String(index + 1)): PdfPageContent {
  return { index, label, width: 595, height: 842, items };
}
