// The PDF writer's pen: A4 pages with margins, a cursor that moves down the page and starts a new page
// when the next line would not fit, and the drawing of wrapped lines in the embedded fonts. Each character
// is drawn in the main font when it has it, else in the fallback font (Chinese, Japanese) when there is
// one, else as U+FFFD (a visible box) rather than silently dropped.
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { wrapRuns, type Face, type Line, type Run } from './wrap-runs';

export const PAGE = { width: 595.28, height: 841.89, margin: 56 };
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

export type PenFonts = { regular: PDFFont; bold: PDFFont; fallback?: PDFFont };
export type TextStyle = { size: number; indent?: number; gray?: boolean };

export type Pen = {
  /** Moves down by `height`, starting a new page first when it would not fit. */
  advance(height: number): void;
  /** Starts a new page unless the space left is at least `height`. */
  keepSpace(height: number): void;
  /** Writes wrapped text at the cursor; returns the lines written. */
  write(runs: Run[], style: TextStyle & { width?: number }): Line[];
  /** Draws a wrapped line at the cursor, `x` from the margin; does not move. */
  drawLine(line: Line, x: number, style: TextStyle): void;
  /** A thin horizontal rule at the cursor, from x over width. */
  rule(x: number, width: number): void;
  wrap(runs: Run[], width: number, size: number): Line[];
  lineHeight(size: number): number;
  pages(): PDFPage[];
};

/** Splits a run into runs each drawn by one font, by which font has each character. */
function splitByFont(fonts: PenFonts): (run: Run) => Run[] {
  const has = (font: PDFFont | undefined) => {
    const set = new Set(font?.getCharacterSet() ?? []);
    return (char: string) => set.has(char.codePointAt(0) ?? 0);
  };
  const main = { regular: has(fonts.regular), bold: has(fonts.bold) };
  const inFallback = has(fonts.fallback);
  return (run) => {
    const inMain = run.bold ? main.bold : main.regular;
    const box = inMain('\ufffd') ? '\ufffd' : '?';
    const runs: Run[] = [];
    for (const raw of Array.from(run.text.replace(/\t/g, ' '))) {
      const fallback = raw !== '\n' && !inMain(raw) && inFallback(raw);
      const char = raw === '\n' || inMain(raw) || fallback ? raw : box;
      const last = runs[runs.length - 1];
      if (last && (last.fallback ?? false) === fallback) last.text += char;
      else runs.push({ text: char, bold: run.bold ?? false, fallback });
    }
    return runs;
  };
}

export function createPen(pdf: PDFDocument, fonts: PenFonts): Pen {
  const split = splitByFont(fonts);
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const fontOf = (face: Face): PDFFont =>
    face.fallback && fonts.fallback ? fonts.fallback : face.bold ? fonts.bold : fonts.regular;
  const lineHeight = (size: number): number => size * 1.4;
  const keepSpace = (height: number): void => {
    if (y - height < PAGE.margin) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
    }
  };
  const advance = (height: number): void => {
    keepSpace(height);
    y -= height;
  };
  const wrap = (runs: Run[], width: number, size: number): Line[] =>
    wrapRuns(runs.flatMap(split), width, (text, face) => fontOf(face).widthOfTextAtSize(text, size));
  const drawLine = (line: Line, x: number, style: TextStyle): void => {
    for (const piece of line) {
      page.drawText(piece.text, {
        x: PAGE.margin + x + piece.x,
        // The baseline sits a little above the bottom of the line box.
        y: y + style.size * 0.3,
        size: style.size,
        font: fontOf(piece),
        color: style.gray ? rgb(0.3, 0.3, 0.3) : rgb(0, 0, 0),
      });
    }
  };
  return {
    advance,
    keepSpace,
    wrap,
    lineHeight,
    drawLine,
    write(runs, style) {
      const indent = style.indent ?? 0;
      const lines = wrap(runs, style.width ?? TEXT_WIDTH - indent, style.size);
      for (const line of lines) {
        advance(lineHeight(style.size));
        drawLine(line, indent, style);
      }
      return lines;
    },
    rule(x, width) {
      page.drawLine({
        start: { x: PAGE.margin + x, y },
        end: { x: PAGE.margin + x + width, y },
        thickness: 0.5,
        color: rgb(0.6, 0.6, 0.6),
      });
    },
    pages: () => pdf.getPages(),
  };
}
