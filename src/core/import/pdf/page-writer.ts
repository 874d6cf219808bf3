// Accumulates a page's text from line parts and records, for every PDF item that contributed text, the
// offsets of its text in the result. The renderer uses these spans to map a claim's offsets onto the
// spans of pdf.js's text layer, and a selection on the page back to offsets.
import type { LinePart } from './text-lines';

/**
 * Where one PDF text item's text lies in the source text (end exclusive). `furniture` marks an item of its
 * page's running header or footer (which the text keeps after the last page, see assemblePdfText).
 */
export type PdfItemSpan = {
  page: number;
  item: number;
  start: number;
  end: number;
  furniture?: 'header' | 'footer';
};

export class PageWriter {
  private readonly chunks: string[] = [];
  private length = 0;
  readonly spans: { item: number; start: number; end: number }[] = [];

  write(text: string, item = -1): void {
    if (!text) return;
    if (item >= 0) {
      const last = this.spans[this.spans.length - 1];
      // An item split over two lines of output (it never is today) extends its span.
      if (last && last.item === item && last.end === this.length) last.end += text.length;
      else this.spans.push({ item, start: this.length, end: this.length + text.length });
    }
    this.chunks.push(text);
    this.length += text.length;
  }

  writeParts(parts: readonly LinePart[]): void {
    for (const part of parts) this.write(part.text, part.item);
  }

  get text(): string {
    return this.chunks.join('');
  }

  get isEmpty(): boolean {
    return this.length === 0;
  }

  /** The page's text, and its item spans shifted to start at `offset` in the whole text. */
  finish(page: number, offset: number): { text: string; spans: PdfItemSpan[] } {
    return {
      text: this.chunks.join(''),
      spans: this.spans.map((s) => ({ page, item: s.item, start: s.start + offset, end: s.end + offset })),
    };
  }
}
