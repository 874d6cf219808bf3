// Groups a block's text items into lines: items whose baselines lie within a fraction of the font size of
// each other (so superscript note markers stay on their line) are one line, read left to right. A space is
// put between two items when the PDF drew one (a blank item) or left a gap wider than a fraction of the
// font size, unless one side already has it. Each part of a line remembers its item, so offsets in the
// final text can be mapped back to the items the renderer's text layer draws.
import { expandLigatures } from './expand-ligatures';
import { replaceUnprintable } from './unprintable';
import type { PdfTextItem } from './pdf-content';

/** A piece of a line's text and the page item it came from (-1 for a space core inserted). */
export type LinePart = { text: string; item: number };

export type TextLine = {
  parts: LinePart[];
  x0: number;
  x1: number;
  /** Baseline (down from the page top) of the line's largest text. */
  y: number;
  fontSize: number;
  /** A gap wider than a table gutter inside the line: cells, not words. */
  tabular: boolean;
  /** Approximate width of the line's first word, to tell wrapped lines from deliberate breaks. */
  firstWordWidth: number;
};

/** Gap (in font sizes) above which two items on a line get a space between them. */
const SPACE_GAP = 0.2;
/** Gap (in font sizes) above which a line is taken to be table cells. */
const CELL_GAP = 2.5;
/** Baselines closer than this (in font sizes) are one line. */
const BASELINE_TOLERANCE = 0.4;
/** How far (in the line's font sizes) smaller text may sit above or below the line's baseline. */
const RAISE_LIMIT = 0.75;
const DROP_LIMIT = 0.35;

/**
 * An item's text as a line holds it: each run of whitespace one space (a no-break space if the run has
 * one), ligatures spelled out, unprintable characters replaced. Most items are plain printable text with
 * single spaces, which need none of it, so they are returned as they are without running the patterns.
 */
export function cleanItemText(str: string): string {
  if (isPlainText(str)) return str;
  return replaceUnprintable(
    expandLigatures(str.replace(/[\s\u00a0]+/g, (ws) => (ws.includes('\u00a0') ? '\u00a0' : ' '))),
  );
}

/** Printable ASCII and Latin-1 to U+167F (none of it whitespace but the space), no two spaces in a row. */
function isPlainText(str: string): boolean {
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code === 0x20) {
      if (str.charCodeAt(i + 1) === 0x20) return false;
    } else if (code < 0x21 || (code > 0x7e && code < 0xa1) || code > 0x167f) return false;
  }
  return true;
}

export function lineText(line: TextLine): string {
  return line.parts.map((p) => p.text).join('');
}

export function buildLines(items: readonly PdfTextItem[], indices: readonly number[]): TextLine[] {
  const sorted = [...indices].sort((a, b) => items[a]!.y - items[b]!.y || items[a]!.x - items[b]!.x);
  const groups: { y: number; size: number; members: number[] }[] = [];
  for (const index of sorted) {
    const item = items[index]!;
    const last = groups[groups.length - 1];
    if (last && onSameLine(last.y, last.size, item.y, item.fontSize)) {
      last.members.push(index);
      // The line's baseline is its largest text's, so raised note markers do not drag it up.
      if (item.fontSize > last.size && item.str.trim())
        Object.assign(last, { y: item.y, size: item.fontSize });
      continue;
    }
    groups.push({ y: item.y, size: item.fontSize, members: [index] });
  }
  return groups.map((g) => composeLine(items, g.members, g.y, g.size)).filter((l) => l.parts.length > 0);
}

/**
 * Baselines of similar text must nearly agree; smaller text (a raised note marker, a subscript) belongs to
 * a line when its baseline lies between the line's cap height and just below its baseline.
 */
function onSameLine(y1: number, size1: number, y2: number, size2: number): boolean {
  const [big, small] =
    size1 >= size2
      ? [
          { y: y1, size: size1 },
          { y: y2, size: size2 },
        ]
      : [
          { y: y2, size: size2 },
          { y: y1, size: size1 },
        ];
  if (small.size >= 0.8 * big.size) return Math.abs(y1 - y2) <= BASELINE_TOLERANCE * big.size;
  const rise = small.y - big.y;
  return rise >= -RAISE_LIMIT * big.size && rise <= DROP_LIMIT * big.size;
}

function composeLine(items: readonly PdfTextItem[], members: number[], y: number, size: number): TextLine {
  const ordered = [...members].sort((a, b) => items[a]!.x - items[b]!.x);
  const parts: LinePart[] = [];
  let pendingSpace = false;
  let previousEnd = Number.NEGATIVE_INFINITY;
  let tabular = false;
  let x0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let firstWordWidth = 0;
  for (const index of ordered) {
    const item = items[index]!;
    const text = cleanItemText(item.str);
    if (!text.trim() || text === '\u00a0') {
      if (parts.length > 0) pendingSpace = true;
      continue;
    }
    const gap = item.x - previousEnd;
    if (parts.length > 0) {
      if (gap > CELL_GAP * Math.max(item.fontSize, size * 0.8)) tabular = true;
      const last = parts[parts.length - 1]!.text;
      const wantsSpace = pendingSpace || gap > SPACE_GAP * item.fontSize;
      if (wantsSpace && !/\s$/.test(last) && !/^\s/.test(text)) parts.push({ text: ' ', item: -1 });
    } else {
      const word = /^\S+/.exec(text.trimStart())?.[0] ?? text;
      firstWordWidth = (item.width * word.length) / Math.max(1, text.length);
    }
    parts.push({ text: parts.length === 0 ? text.trimStart() : text, item: index });
    pendingSpace = false;
    previousEnd = Math.max(previousEnd, item.x + item.width);
    x0 = Math.min(x0, item.x);
    x1 = Math.max(x1, item.x + item.width);
  }
  const last = parts[parts.length - 1];
  if (last) last.text = last.text.trimEnd();
  return { parts, x0, x1, y, fontSize: size, tabular, firstWordWidth };
}
