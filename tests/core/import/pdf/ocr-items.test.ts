// OCR words into a page's text items: the same assembly gives the page's text in reading order, the page
// map marks the page as OCR'd with its mean confidence, item spans cover every word, and the items given
// to the reader's text layer (PDF space) come back as the same items through normalisePdfTextContent.
import { describe, expect, it } from 'vitest';
import { assemblePdfText } from '../../../../src/core/import/pdf/assemble-pdf-text';
import { normalisePdfTextContent } from '../../../../src/core/import/pdf/normalise-text-content';
import { meanConfidence, ocrPageContent, toPdfJsTextItems } from '../../../../src/core/import/pdf/ocr-items';
import type { OcrWord } from '../../../../src/core/import/pdf/pdf-content';
import { line, page } from './pdf-items';

const SCALE = 300 / 72;

/** Words of `lines` as OCR boxes them at 300 dpi: 10 pt type, ascenders and descenders vary per word. */
function ocrWords(lines: string[], confidence = 90): OcrWord[] {
  return lines.flatMap((text, n) => {
    let x = 72 * SCALE;
    const baseline = (100 + n * 14) * SCALE;
    const words = text.split(' ');
    return words.map((word, i) => {
      const width = word.length * 5 * SCALE;
      const box = {
        text: word,
        x0: x,
        x1: x + width,
        y0: baseline - (/[A-Zbdfhklt]/.test(word) ? 7.2 : 5) * SCALE,
        y1: baseline + (/[gjpqy]/.test(word) ? 2.1 : 0) * SCALE,
        baseline,
        confidence,
        lineEnd: i === words.length - 1,
      };
      x += width + 2.2 * SCALE;
      return box;
    });
  });
}

const LINES = [
  'The council agreed the budget for the coming year after a',
  'long debate about the cost of care for older people in the',
  'borough, and the figure was £1.2m in 2024.',
];

describe('ocrPageContent', () => {
  it('gives the page its words in reading order, marked as OCR in the page map', () => {
    const scanned = { ...page(0, []), drawing: { images: 1, paths: 0 } };
    const read = ocrPageContent(scanned, { index: 0, scale: SCALE, words: ocrWords(LINES, 91.5) });
    const digital = page(0, line('Contents', 72, 100));
    const { text, pages, items } = assemblePdfText([digital, { ...read, index: 1 }]);
    expect(text).toBe(`Contents\n\n${LINES.join(' ')}`);
    expect(pages[1]).toMatchObject({ index: 1, start: 10, ocr: { confidence: 91.5 } });
    expect(pages[0]!.ocr).toBeUndefined();
    // Every word is an item with its own span, which is what the text layer and highlights use.
    expect(items).toHaveLength(LINES.join(' ').split(' ').length + 1);
    expect(text.slice(items[3]!.start, items[3]!.end).trim()).toBe('agreed');
  });

  it('places words where OCR saw them, in PDF points', () => {
    const read = ocrPageContent(page(0, []), { index: 0, scale: SCALE, words: ocrWords(LINES) });
    const first = read.items[0]!;
    expect(first.x).toBeCloseTo(72, 5);
    expect(first.y).toBeCloseTo(100, 5);
    expect(first.width).toBeCloseTo(15, 5);
    // Words on one line share its baseline, whatever their ascenders and descenders.
    expect(new Set(read.items.slice(0, 11).map((i) => i.y)).size).toBe(1);
  });

  it('weights the confidence by word length', () => {
    const words = ocrWords(['a bbbbbbbbb']);
    words[0]!.confidence = 10;
    words[1]!.confidence = 90;
    expect(meanConfidence(words)).toBe(82);
  });
});

describe('toPdfJsTextItems', () => {
  it.each([
    ['upright', [1, 0, 0, -1, 0, 842]],
    ['rotated a quarter turn', [0, 1, 1, 0, 0, 0]],
  ])('comes back as the same items through the viewport (%s)', (_, transform) => {
    const read = ocrPageContent(page(0, []), { index: 0, scale: SCALE, words: ocrWords(LINES) });
    const raw = toPdfJsTextItems(read.items, transform);
    const back = normalisePdfTextContent({
      index: 0,
      viewport: { width: 595, height: 842, transform },
      items: raw,
    });
    back.items.forEach((item, i) => {
      const original = read.items[i]!;
      expect(item.str).toBe(original.str);
      expect(item.x).toBeCloseTo(original.x, 6);
      expect(item.y).toBeCloseTo(original.y, 6);
      expect(item.fontSize).toBeCloseTo(original.fontSize, 6);
    });
  });
});
