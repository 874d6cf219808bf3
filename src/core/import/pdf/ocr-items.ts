// Turns the words OCR read from a rendered page into the page's text items, so OCR'd pages go through the
// same reading-order assembly, page map, text layer, selection and highlights as any other page. Words
// are grouped into OCR's own lines; every word of a line sits on the line's baseline and carries the
// line's size (so core's line building keeps them together), and a space ends every word but a line's
// last (OCR words are separated by definition, however tight the gap). The reverse, `toPdfJsTextItems`,
// gives the reader's text layer items in PDF space for the same words.
import type { OcrPageResult, OcrWord, PdfPageContent, PdfTextItem } from './pdf-content';
import { maxOf } from '../../lists/append-all';

const OCR_FONT = 'ocr';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function splitLines(words: readonly OcrWord[]): OcrWord[][] {
  const lines: OcrWord[][] = [];
  let current: OcrWord[] = [];
  for (const word of words) {
    if (!word.text.trim()) continue;
    current.push(word);
    if (word.lineEnd) {
      lines.push(current);
      current = [];
    }
  }
  if (current.length) lines.push(current);
  return lines;
}

/** Mean word confidence (0-100), weighted by word length, rounded to one decimal. */
export function meanConfidence(words: readonly OcrWord[]): number {
  let sum = 0;
  let weight = 0;
  for (const word of words) {
    const length = word.text.trim().length;
    sum += word.confidence * length;
    weight += length;
  }
  return weight ? Math.round((sum / weight) * 10) / 10 : 0;
}

/** The page with OCR's words as its items (its label and size kept) and its OCR confidence. */
export function ocrPageContent(page: PdfPageContent, result: OcrPageResult): PdfPageContent {
  const scale = result.scale;
  const items: PdfTextItem[] = [];
  for (const line of splitLines(result.words)) {
    const size = maxOf(line.map((w) => w.y1 - w.y0)) / scale;
    const baseline = median(line.map((w) => w.baseline ?? w.y1)) / scale;
    line.forEach((word, i) => {
      const last = i === line.length - 1;
      items.push({
        str: last ? word.text.trim() : `${word.text.trim()} `,
        x: word.x0 / scale,
        y: baseline,
        width: (word.x1 - word.x0) / scale,
        height: size,
        fontSize: size,
        fontName: OCR_FONT,
        hasEOL: last,
      });
    });
  }
  const { drawing: _drawing, ...rest } = page;
  return { ...rest, items, ocr: { confidence: meanConfidence(result.words) } };
}

type Matrix = [number, number, number, number, number, number];

function invert([a, b, c, d, e, f]: Matrix): Matrix {
  const det = a * d - b * c || 1;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** An item as pdf.js's text layer takes it (PDF user space; the viewport maps it back). */
export type OcrTextLayerItem = {
  str: string;
  dir: 'ltr';
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
};

/**
 * The page's OCR items in PDF user space, given the page's viewport transform at scale 1, so that
 * normalisePdfTextContent of them gives the items back and pdf.js's TextLayer draws them on the words.
 */
export function toPdfJsTextItems(
  items: readonly PdfTextItem[],
  viewportTransform: readonly number[],
): OcrTextLayerItem[] {
  const back = invert(viewportTransform.slice(0, 6) as Matrix);
  return items.map((item) => ({
    str: item.str,
    dir: 'ltr',
    transform: multiply(back, [item.fontSize, 0, 0, -item.fontSize, item.x, item.y]),
    width: item.width,
    height: item.height,
    fontName: item.fontName ?? OCR_FONT,
    hasEOL: item.hasEOL,
  }));
}

/** The text layer's style for OCR items (pdf.js needs one per font name). */
export const OCR_TEXT_STYLE = { fontFamily: 'sans-serif', ascent: 0.8, descent: -0.2, vertical: false };
export const OCR_FONT_NAME = OCR_FONT;
