// Decides, per page and from nothing but the page's text items, their fonts and (for pages with next to no
// text) what the page paints, whether its text layer can be trusted: "text" (a born-digital page), "scan"
// (no text but an image or many drawn shapes: a scanned or outlined page), "unmapped" (characters that are
// mostly unreadable: control codes, private-use code points or U+FFFD from fonts without a Unicode map,
// glyph-name tokens such as "(cid:12)" or "g42", or printable junk such as "& % 3 %" where words should
// be), or "blank". Pages judged "scan" or "unmapped" are the ones OCR reads. The thresholds were set on
// real files: the corpus PDFs and generated reports (all "text"), rendered scans (all "scan") and the
// unmapped-digit fixture (a few placeholders on a "text" page); tests/core/import/pdf holds them.
import type { OcrMode, PdfPageContent, PdfTextItem } from './pdf-content';
import { isUnmappedCode } from './unprintable';

export type PageVerdict = 'text' | 'scan' | 'unmapped' | 'blank';

export type PageReading = {
  verdict: PageVerdict;
  /** Non-space characters on the page. */
  characters: number;
  /** Of those, characters with no readable meaning (see unprintable.ts). */
  unmapped: number;
};

/** Below this many non-space characters a page has "no text": a scan if it paints anything much. */
export const MIN_TEXT_CHARACTERS = 20;
/** Path paintings that make a page without text "drawn" (glyph outlines run to hundreds). */
const MIN_DRAWN_PATHS = 150;
/** Share of unmapped characters (or of text in fonts that are nearly all unmapped) that condemns a page. */
const MAX_UNMAPPED_SHARE = 0.3;
/** A font this unmapped maps to nothing printable. */
const UNMAPPED_FONT_SHARE = 0.9;
/** Below this share of letters and digits among readable characters, the text is junk, not words. */
const MIN_ALPHANUMERIC_SHARE = 0.5;
/** Junk is judged only on this much text (a page of a few symbols may be a figure's labels). */
const MIN_JUNK_SAMPLE = 60;
/** Glyph names printed as text by producers that had no Unicode for them. */
const GLYPH_NAME = /\(cid:\d+\)|\b(?:g|glyph|cid|c)\d{1,5}\b|\buni[0-9A-F]{4}\b/g;

/** True when the host should count the page's painting operations (few characters of text). */
export function needsDrawingCheck(items: readonly PdfTextItem[]): boolean {
  let characters = 0;
  for (const item of items) {
    characters += countCharacters(item.str).visible;
    if (characters >= MIN_TEXT_CHARACTERS) return false;
  }
  return true;
}

type Counts = { visible: number; unmapped: number; alphanumeric: number };

/** One pass over a run's characters (this runs on every page of every PDF, so no regular expressions). */
function countCharacters(text: string): Counts {
  const counts: Counts = { visible: 0, unmapped: 0, alphanumeric: 0 };
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0) continue;
    counts.visible += 1;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) {
      counts.alphanumeric += 1;
    } else if (isUnmappedCode(code)) {
      counts.unmapped += 1;
    } else if (code > 0x7f && /[\p{L}\p{N}]/u.test(text[i]!)) {
      counts.alphanumeric += 1;
    }
  }
  return counts;
}

/** Characters of glyph names printed as text; looked for only in runs with a digit. */
function countGlyphNames(text: string): number {
  if (!/\d/.test(text)) return 0;
  let length = 0;
  for (const match of text.match(GLYPH_NAME) ?? []) length += match.length;
  return length;
}

export function assessPage(page: PdfPageContent): PageReading {
  let characters = 0;
  let unmapped = 0;
  let alphanumeric = 0;
  let glyphNames = 0;
  const fonts = new Map<string, { characters: number; unmapped: number }>();
  for (const item of page.items) {
    const counts = countCharacters(item.str);
    if (counts.visible === 0) continue;
    characters += counts.visible;
    unmapped += counts.unmapped;
    alphanumeric += counts.alphanumeric;
    glyphNames += countGlyphNames(item.str);
    const name = item.fontName ?? '';
    const font = fonts.get(name);
    if (font) {
      font.characters += counts.visible;
      font.unmapped += counts.unmapped;
    } else {
      fonts.set(name, { characters: counts.visible, unmapped: counts.unmapped });
    }
  }
  const reading = (verdict: PageVerdict): PageReading => ({ verdict, characters, unmapped });
  if (characters < MIN_TEXT_CHARACTERS) {
    const drawing = page.drawing;
    if (drawing && (drawing.images > 0 || drawing.paths >= MIN_DRAWN_PATHS)) return reading('scan');
    return reading(characters === 0 ? 'blank' : 'text');
  }
  let inDeadFonts = 0;
  for (const font of fonts.values()) {
    if (font.unmapped >= UNMAPPED_FONT_SHARE * font.characters) inDeadFonts += font.characters;
  }
  const readable = characters - unmapped - glyphNames;
  if (
    unmapped >= MAX_UNMAPPED_SHARE * characters ||
    inDeadFonts >= MAX_UNMAPPED_SHARE * characters ||
    glyphNames >= MAX_UNMAPPED_SHARE * characters
  ) {
    return reading('unmapped');
  }
  if (readable >= MIN_JUNK_SAMPLE && alphanumeric < MIN_ALPHANUMERIC_SHARE * readable) {
    return reading('unmapped');
  }
  return reading('text');
}

/** Whether a page with this reading is read by OCR under `mode`. */
export function wantsOcr(reading: PageReading, mode: OcrMode): boolean {
  if (mode === 'off') return false;
  if (mode === 'always') return true;
  return reading.verdict === 'scan' || reading.verdict === 'unmapped';
}
