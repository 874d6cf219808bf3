// The PDF text definition: turns each page's text items into a source's text in reading order. Columns
// are read one after the other (orderBlocks), lines are rebuilt from items (buildLines), wrapped lines are
// joined with spaces and hyphenated words re-joined (joinWrapped), and paragraphs are separated by a blank
// line. Running headers, footers and page numbers (findPageFurniture) are taken out of the pages' flow and
// kept after the last page, one paragraph per page, so a passage selected over a page break never carries
// them: the body of one page is followed directly by the next, with a space where a sentence runs on and
// PAGE_SEPARATOR otherwise. The page map gives each page's body; item spans map every PDF text item
// (furniture marked) to its text, for the renderer's text layer. Sources stored by the first version of
// the definition, which kept furniture at its page's edges, are assembled the same way to draw them.
import type { PageSpan } from '../../model/records';
import { joinWrapped, endsSentence, endsWithHyphen } from './join-lines';
import { orderBlocks } from './order-blocks';
import { findPageFurniture, type PageFurniture } from './page-furniture';
import { PageWriter, type PdfItemSpan } from './page-writer';
import {
  PAGE_SEPARATOR,
  PDF_EXTRACTOR_VERSION,
  PDF_EXTRACTOR_VERSION_1,
  RUN_ON_SEPARATOR,
  type PdfPageContent,
  type PdfTextItem,
} from './pdf-content';
import { buildLines, lineText, type TextLine } from './text-lines';
import { appendAll, maxOf } from '../../lists/append-all';

export type { PdfItemSpan } from './page-writer';

export type AssembledPdfText = { text: string; pages: PageSpan[]; items: PdfItemSpan[] };

/** How a line is followed: a paragraph break, a line break, or a wrap (joined by joinWrapped). */
type Follow = '\n\n' | '\n' | 'wrap';
type Placed = { line: TextLine; follow: Follow };

/** A pitch this much above the block's usual line pitch starts a paragraph. */
const PARAGRAPH_PITCH = 1.35;

/** The text of `pages` by the definition `version` (the current one unless a stored source says otherwise). */
export function assemblePdfText(
  pages: readonly PdfPageContent[],
  version: string = PDF_EXTRACTOR_VERSION,
): AssembledPdfText {
  const furniture = findPageFurniture(pages);
  if (version === PDF_EXTRACTOR_VERSION_1) return assembleWithEdges(pages, furniture);
  const texts: string[] = [];
  const spans: PageSpan[] = [];
  const items: PdfItemSpan[] = [];
  let offset = 0;
  let previous = '';
  pages.forEach((page, i) => {
    const written = writePage(page, furniture[i]!, false);
    if (i > 0) {
      const separator = separatorBetween(previous, written.text);
      texts.push(separator);
      offset += separator.length;
    }
    const finished = written.finish(page.index, offset);
    texts.push(finished.text);
    appendAll(items, finished.spans);
    const span: PageSpan = {
      index: page.index,
      label: page.label,
      start: offset,
      end: offset + finished.text.length,
    };
    if (page.ocr) span.ocr = { confidence: page.ocr.confidence };
    spans.push(span);
    offset += finished.text.length;
    previous = finished.text;
  });
  pages.forEach((page, i) => {
    const written = writeFurniture(page, furniture[i]!);
    if (written.isEmpty) return;
    if (offset > 0) {
      texts.push(PAGE_SEPARATOR);
      offset += PAGE_SEPARATOR.length;
    }
    const finished = written.finish(page.index, offset);
    const header = new Set(furniture[i]!.header);
    for (const span of finished.spans) span.furniture = header.has(span.item) ? 'header' : 'footer';
    texts.push(finished.text);
    appendAll(items, finished.spans);
    offset += finished.text.length;
  });
  return { text: texts.join(''), pages: spans, items };
}

/** A space where the page ends mid-sentence and the next goes on in lower case; else a blank line. */
function separatorBetween(before: string, after: string): string {
  const last = before.slice(before.lastIndexOf('\n') + 1);
  if (!last || !after || endsSentence(last) || endsWithHyphen(last)) return PAGE_SEPARATOR;
  return /^[\p{Ll}\p{N}]/u.test(after) ? RUN_ON_SEPARATOR : PAGE_SEPARATOR;
}

/** The first definition: each page's header at its start and footer at its end, pages a blank line apart. */
function assembleWithEdges(pages: readonly PdfPageContent[], furniture: PageFurniture[]): AssembledPdfText {
  const texts: string[] = [];
  const spans: PageSpan[] = [];
  const items: PdfItemSpan[] = [];
  let offset = 0;
  pages.forEach((page, i) => {
    if (i > 0) offset += PAGE_SEPARATOR.length;
    const written = writePage(page, furniture[i]!, true).finish(page.index, offset);
    texts.push(written.text);
    appendAll(items, written.spans);
    spans.push({ index: page.index, label: page.label, start: offset, end: offset + written.text.length });
    offset += written.text.length;
  });
  return { text: texts.join(PAGE_SEPARATOR), pages: spans, items };
}

function isText(item: PdfTextItem): boolean {
  return item.str.trim() !== '';
}

/** A page's body in reading order; with `withFurniture`, its header before and footer after. */
function writePage(page: PdfPageContent, furniture: PageFurniture, withFurniture: boolean): PageWriter {
  const { items } = page;
  const { header, footer } = furniture;
  const edges = new Set([...header, ...footer]);
  const body = items.map((_, i) => i).filter((i) => !edges.has(i) && !items[i]!.rotated && isText(items[i]!));
  const rotated = items.map((_, i) => i).filter((i) => items[i]!.rotated && isText(items[i]!));

  const placed: Placed[] = [];
  for (const block of orderBlocks(items, body)) {
    const lines = buildLines(items, block);
    const previous = placed[placed.length - 1];
    if (previous && lines[0]) previous.follow = continuesAcrossBlocks(previous.line, lines[0]);
    appendAll(placed, placeBlock(lines));
  }
  const paragraphs = [
    withFurniture ? linesOf(buildLines(items, header)) : [],
    placed,
    rotated.length ? rotatedLines(items, rotated) : [],
    withFurniture ? linesOf(buildLines(items, footer)) : [],
  ].filter((p) => p.length > 0);

  const writer = new PageWriter();
  paragraphs.forEach((lines, i) => {
    if (i > 0) writer.write('\n\n');
    writeLines(writer, lines);
  });
  return writer;
}

/** A page's running header and footer lines, one paragraph. */
function writeFurniture(page: PdfPageContent, furniture: PageFurniture): PageWriter {
  const writer = new PageWriter();
  const lines = [...buildLines(page.items, furniture.header), ...buildLines(page.items, furniture.footer)];
  writeLines(writer, linesOf(lines));
  return writer;
}

function linesOf(lines: TextLine[]): Placed[] {
  return lines.map((line) => ({ line, follow: '\n' }));
}

/** Rotated runs (margin notes, vertical labels): one line each, in the order the PDF draws them. */
function rotatedLines(items: readonly PdfTextItem[], indices: number[]): Placed[] {
  return indices.flatMap((i) => linesOf(buildLines(items, [i])));
}

function median(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function placeBlock(lines: TextLine[]): Placed[] {
  // Wrapped lines reach the right edge of the text in their own size (footnotes do not widen a column).
  // Depends only on the line's size, so it is found once per size, not once per line (a block of many
  // lines made this quadratic).
  const rights = new Map<number, number>();
  const rightOf = (line: TextLine) => {
    let right = rights.get(line.fontSize);
    if (right === undefined) {
      right = maxOf(lines.filter((l) => sameSize(l, line)).map((l) => l.x1));
      rights.set(line.fontSize, right);
    }
    return right;
  };
  const pitches = lines
    .slice(1)
    .map((line, i) => ({ pitch: line.y - lines[i]!.y, similar: sameSize(line, lines[i]!) }))
    .filter((p) => p.similar && p.pitch > 0)
    .map((p) => p.pitch);
  const usual = median(pitches);
  return lines.map((line, i) => {
    const next = lines[i + 1];
    if (!next) return { line, follow: '\n\n' };
    const size = Math.max(line.fontSize, next.fontSize);
    const base = Math.min(usual ?? 1.6 * size, 1.6 * size);
    const pitch = next.y - line.y;
    if (pitch > PARAGRAPH_PITCH * base && pitch > base + 0.25 * size) return { line, follow: '\n\n' };
    return { line, follow: isWrapped(line, next, rightOf(line)) ? 'wrap' : '\n' };
  });
}

function sameSize(a: TextLine, b: TextLine): boolean {
  return Math.abs(a.fontSize - b.fontSize) <= 0.15 * Math.max(a.fontSize, b.fontSize);
}

/** True when `line` ran on to `next`: no table cells, one size, and next's first word did not fit. */
function isWrapped(line: TextLine, next: TextLine, right: number): boolean {
  if (line.tabular || next.tabular || !sameSize(line, next)) return false;
  if (endsWithHyphen(lineText(line))) return true;
  const room = right - line.x1;
  return room < next.firstWordWidth + 0.3 * next.fontSize;
}

/** A column or region that ends mid-sentence continues in the next one; otherwise a paragraph ends. */
function continuesAcrossBlocks(last: TextLine, first: TextLine): Follow {
  const text = lineText(last);
  const next = lineText(first);
  if (!sameSize(last, first) || last.tabular || first.tabular) return '\n\n';
  if (endsWithHyphen(text) && /^\p{Ll}/u.test(next)) return 'wrap';
  return !endsSentence(text) && /^[\p{Ll}\p{N}]/u.test(next) ? 'wrap' : '\n\n';
}

function writeLines(writer: PageWriter, lines: Placed[]): void {
  lines.forEach(({ line, follow }, i) => {
    const next = lines[i + 1];
    if (!next) {
      writer.writeParts(line.parts);
      return;
    }
    if (follow !== 'wrap') {
      writer.writeParts(line.parts);
      writer.write(follow);
      return;
    }
    const { join, dropHyphen } = joinWrapped(lineText(line), lineText(next.line));
    const parts = line.parts.map((p) => ({ ...p }));
    const last = parts[parts.length - 1]!;
    if (dropHyphen) last.text = last.text.slice(0, -1);
    writer.writeParts(parts);
    if (join === 'space') writer.write(' ');
  });
}
