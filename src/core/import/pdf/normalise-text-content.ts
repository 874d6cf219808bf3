// Converts pdf.js's getTextContent() output for one page into core's PdfPageContent: each item's text
// matrix is combined with the page's viewport transform (scale 1), which gives top-left coordinates that
// already account for the page's /Rotate and crop box. Pure data in, data out, so the CLI's worker threads
// and the app's pdf.js worker feed assemblePdfText identical items.
import type { PdfPageContent, PdfTextItem } from './pdf-content';

type Matrix = [number, number, number, number, number, number];

/** The parts of a pdf.js TextItem core reads; marked-content entries (no `str`) are skipped. */
export type PdfJsTextItem = {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName?: string;
  hasEOL?: boolean;
};

export type PdfJsPage = {
  index: number;
  label?: string | null;
  /** page.getViewport({ scale: 1 }): its width, height and transform. */
  viewport: { width: number; height: number; transform: number[] };
  items: readonly (PdfJsTextItem | { type: string })[];
};

const MAX_SKEW = 0.05;

function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[2] * b[1],
    a[1] * b[0] + a[3] * b[1],
    a[0] * b[2] + a[2] * b[3],
    a[1] * b[2] + a[3] * b[3],
    a[0] * b[4] + a[2] * b[5] + a[4],
    a[1] * b[4] + a[3] * b[5] + a[5],
  ];
}

function toMatrix(values: readonly number[]): Matrix {
  const m = values.slice(0, 6).map((v) => (Number.isFinite(v) ? v : 0));
  while (m.length < 6) m.push(0);
  return m as Matrix;
}

export function normalisePdfTextContent(page: PdfJsPage): PdfPageContent {
  const viewport = toMatrix(page.viewport.transform);
  const items: PdfTextItem[] = [];
  for (const raw of page.items) {
    if (!('str' in raw)) continue;
    const m = multiply(viewport, toMatrix(raw.transform));
    const fontSize = Math.hypot(m[2], m[3]) || Math.abs(raw.height) || 1;
    const scaleX = Math.hypot(m[0], m[1]) || 1;
    const item: PdfTextItem = {
      str: raw.str,
      x: m[4],
      y: m[5],
      width: Math.abs(raw.width),
      height: Math.abs(raw.height) || fontSize,
      fontSize,
      hasEOL: raw.hasEOL === true,
    };
    if (raw.fontName) item.fontName = raw.fontName;
    if (Math.abs(m[1] / scaleX) > MAX_SKEW || m[0] < 0) item.rotated = true;
    items.push(item);
  }
  const label = page.label?.trim() || String(page.index + 1);
  return { index: page.index, label, width: page.viewport.width, height: page.viewport.height, items };
}
