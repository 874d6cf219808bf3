// Writes a briefing as a PDF with pdf-lib (pure JavaScript: the browser build and the CLI call this same
// function; the desktop app prints the HTML export instead). The fonts are passed in as TrueType bytes
// (each host loads them its own way) and embedded (DejaVu as subsets), so £, €, curly quotes, dashes and
// CJK show.
// Layout: title, introduction, sections (headings, paragraphs, bullet lists, tables) with citation
// markers "[n]", then Notes (each citation's verbatim quote, locator and warnings) and References.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import type { Block, BriefingDocument, Inlines } from '../briefing-document';
import { bodySections, describeCitationNote, referencesHeading } from '../citation-note';
import { createPen, PAGE, TEXT_WIDTH, type Pen } from './pdf-pages';
import type { Run } from './wrap-runs';
import { maxOf } from '../../../lists/append-all';

/**
 * TrueType bytes of the regular and bold faces (DejaVu Sans in the app and the CLI), and optionally a
 * fallback font for the characters they lack (Droid Sans Fallback: Chinese and Japanese).
 */
export type PdfFonts = { regular: Uint8Array; bold: Uint8Array; fallback?: Uint8Array };

const NEEDS_FALLBACK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Whether the briefing has CJK text, for which the hosts load the (large) fallback font. */
export function needsFallbackFont(doc: BriefingDocument): boolean {
  return NEEDS_FALLBACK.test(JSON.stringify(doc));
}

const SIZE = { title: 20, h2: 15, h3: 12, body: 10.5, table: 9.5, note: 9, footer: 8 };
const CELL_PADDING = 4;

const runsOf = (inlines: Inlines): Run[] =>
  inlines.map((inline) => (inline.type === 'text' ? { text: inline.text } : { text: `[${inline.n}]` }));

function writeHeading(pen: Pen, text: string, size: number): void {
  pen.advance(size * 0.6);
  // A heading is never left alone at the foot of a page.
  pen.keepSpace(pen.lineHeight(size) + 3 * pen.lineHeight(SIZE.body));
  pen.write([{ text, bold: true }], { size });
  pen.advance(size * 0.2);
}

function writeList(pen: Pen, items: Inlines[]): void {
  const indent = 14;
  for (const item of items) {
    const lines = pen.wrap(runsOf(item), TEXT_WIDTH - indent, SIZE.body);
    lines.forEach((line, i) => {
      pen.advance(pen.lineHeight(SIZE.body));
      if (i === 0) pen.drawLine([{ text: '•', bold: false, fallback: false, x: 0 }], 2, { size: SIZE.body });
      pen.drawLine(line, indent, { size: SIZE.body });
    });
  }
  pen.advance(SIZE.body * 0.5);
}

/** Column widths in proportion to the square root of each column's text, none below a minimum. */
function columnWidths(header: string[], rows: Inlines[][]): number[] {
  const weight = header.map((cell, c) => {
    const text =
      rows
        .map((row) =>
          runsOf(row[c] ?? [])
            .map((run) => run.text)
            .join(''),
        )
        .join('') + cell;
    return Math.sqrt(Math.max(text.length, 8));
  });
  const total = weight.reduce((sum, w) => sum + w, 0);
  return weight.map((w) => (TEXT_WIDTH * w) / total);
}

function writeTable(pen: Pen, block: Extract<Block, { type: 'table' }>): void {
  if (block.caption) pen.write([{ text: block.caption, bold: true }], { size: SIZE.table });
  const widths = columnWidths(block.header, block.rows);
  const starts = widths.map((_, c) => widths.slice(0, c).reduce((sum, w) => sum + w, 0));
  const rows: Run[][][] = [
    block.header.map((cell) => [{ text: cell, bold: true }]),
    ...block.rows.map((row) => block.header.map((_, c) => runsOf(row[c] ?? []))),
  ];
  const lineHeight = pen.lineHeight(SIZE.table);
  rows.forEach((row, r) => {
    const cells = row.map((runs, c) => pen.wrap(runs, (widths[c] ?? 0) - 2 * CELL_PADDING, SIZE.table));
    const height = maxOf(cells.map((lines) => lines.length));
    // A short row stays on one page; a row taller than a page breaks between its lines.
    pen.keepSpace(Math.min(height, 6) * lineHeight);
    for (let i = 0; i < height; i++) {
      pen.advance(lineHeight);
      cells.forEach((lines, c) => {
        const line = lines[i];
        if (line) pen.drawLine(line, (starts[c] ?? 0) + CELL_PADDING, { size: SIZE.table });
      });
    }
    pen.advance(CELL_PADDING);
    pen.rule(0, TEXT_WIDTH);
    if (r === 0) pen.advance(1);
  });
  pen.advance(SIZE.body);
}

function writeBlock(pen: Pen, block: Block): void {
  switch (block.type) {
    case 'heading':
      return writeHeading(pen, block.text, block.level === 2 ? SIZE.h2 : SIZE.h3);
    case 'paragraph':
      pen.write(runsOf(block.content), { size: SIZE.body });
      return pen.advance(SIZE.body * 0.5);
    case 'list':
      return writeList(pen, block.items);
    case 'table':
      return writeTable(pen, block);
  }
}

function writeNotes(pen: Pen, doc: BriefingDocument): void {
  if (doc.citations.length === 0) return;
  writeHeading(pen, 'Notes', SIZE.h2);
  const indent = 22;
  for (const citation of doc.citations) {
    const note = describeCitationNote(doc, citation);
    // A hanging indent: the number stands alone at the margin, the quote's lines align after it.
    const lines = pen.wrap([{ text: `“${note.quote}”${note.after}` }], TEXT_WIDTH - indent, SIZE.note);
    lines.forEach((line, i) => {
      pen.advance(pen.lineHeight(SIZE.note));
      if (i === 0)
        pen.drawLine([{ text: `[${citation.n}]`, bold: true, fallback: false, x: 0 }], 0, {
          size: SIZE.note,
        });
      pen.drawLine(line, indent, { size: SIZE.note });
    });
    if (note.reference) pen.write([{ text: note.reference }], { size: SIZE.note, indent, gray: true });
    pen.advance(SIZE.note * 0.4);
  }
}

function numberPages(pen: Pen, font: PDFFont): void {
  const pages = pen.pages();
  pages.forEach((page, i) => {
    const label = `${i + 1} / ${pages.length}`;
    page.drawText(label, {
      x: (PAGE.width - font.widthOfTextAtSize(label, SIZE.footer)) / 2,
      y: PAGE.margin / 2,
      size: SIZE.footer,
      font,
    });
  });
}

export async function writeBriefingPdf(doc: BriefingDocument, fonts: PdfFonts): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = await pdf.embedFont(fonts.bold, { subset: true });
  // Not subset: fontkit's subset of Droid Sans Fallback loses most of its glyphs (the text still
  // extracts, but draws blank), so a briefing with CJK text carries the whole font (about 2 MB).
  const fallback = fonts.fallback ? await pdf.embedFont(fonts.fallback, { subset: false }) : undefined;
  const date = new Date(doc.generatedAt);
  pdf.setTitle(doc.title);
  pdf.setCreator('Evidence workbench');
  if (!Number.isNaN(date.getTime())) {
    pdf.setCreationDate(date);
    pdf.setModificationDate(date);
  }
  const pen = createPen(pdf, { regular, bold, ...(fallback ? { fallback } : {}) });
  pen.write([{ text: doc.title, bold: true }], { size: SIZE.title });
  pen.advance(SIZE.body);
  for (const paragraph of doc.introduction) {
    pen.write([{ text: paragraph }], { size: SIZE.body });
    pen.advance(SIZE.body * 0.5);
  }
  for (const section of bodySections(doc)) {
    writeHeading(pen, section.heading, SIZE.h2);
    for (const block of section.blocks) writeBlock(pen, block);
  }
  writeNotes(pen, doc);
  writeHeading(pen, referencesHeading(doc), SIZE.h2);
  for (const reference of doc.references) {
    pen.write([{ text: reference.text }], { size: SIZE.body });
    pen.advance(SIZE.body * 0.4);
  }
  numberPages(pen, regular);
  return pdf.save();
}
