// The page verdicts on pages built item by item: born-digital text, text with a few unmapped characters,
// text mostly of control codes, a font that maps to nothing printable, glyph names and printable junk in
// place of words, and pages with no text that paint an image (a scan) or nothing. The same verdicts on
// real files are checked in tests/cli/pdf/page-readability-files.test.ts.
import { describe, expect, it } from 'vitest';
import { assessPage, needsDrawingCheck, wantsOcr } from '../../../../src/core/import/pdf/page-readability';
import type { PdfTextItem } from '../../../../src/core/import/pdf/pdf-content';
import { column, line, page } from './pdf-items';

const BODY = [
  'The council agreed the budget for the coming year',
  'after a long debate about the cost of care for older',
  'people and the services provided to the children.',
];

const inFont = (items: PdfTextItem[], fontName: string) => items.map((i) => ({ ...i, fontName }));
const recode = (text: string, base: number) =>
  [...text].map((ch) => (ch === ' ' ? ' ' : String.fromCharCode(base + (ch.charCodeAt(0) % 26)))).join('');

describe('assessPage', () => {
  it('trusts a born-digital page, and one with a few digits in an unmapped font', () => {
    expect(assessPage(page(0, column(BODY, 50, 100))).verdict).toBe('text');
    const digits = [...column(BODY, 50, 100), ...inFont(line('\u0080\u0081\u0082\u0083', 50, 160), 'T3')];
    const reading = assessPage(page(0, digits));
    expect(reading).toMatchObject({ verdict: 'text', unmapped: 4 });
  });

  it('condemns text that is mostly control codes, private-use code points or U+FFFD', () => {
    for (const base of [0x01, 0xe000]) {
      const items = column(
        BODY.map((l) => recode(l, base)),
        50,
        100,
      );
      expect(assessPage(page(0, items)).verdict).toBe('unmapped');
    }
    const replaced = column(
      BODY.map((l) => l.replace(/[a-z]/g, '\uFFFD')),
      50,
      100,
    );
    expect(assessPage(page(0, replaced)).verdict).toBe('unmapped');
  });

  it('condemns a page whose main font maps every glyph to nothing printable', () => {
    const heading = inFont(line('Annual report', 50, 60), 'F1');
    const body = inFont(
      column(
        BODY.map((l) => recode(l, 0x80)),
        50,
        100,
      ),
      'F2',
    );
    expect(assessPage(page(0, [...heading, ...body])).verdict).toBe('unmapped');
  });

  it('condemns glyph names and printable junk where words should be', () => {
    const cids = column(['(cid:12)(cid:15)(cid:3) (cid:44)(cid:9)(cid:71)(cid:18) (cid:5)(cid:6)'], 50, 100);
    expect(assessPage(page(0, cids)).verdict).toBe('unmapped');
    const junk = column(
      BODY.map((l) => recode(l, 0x21).replace(/[A-Za-z]/g, '%')),
      50,
      100,
    );
    expect(assessPage(page(0, junk)).verdict).toBe('unmapped');
  });

  it('keeps a table of figures as text', () => {
    const table = column(['2021 2022 2023', '£1.2m £3.4m £5.6m', '12% 15% 18%', '(0.4) (0.7) 1.1'], 50, 100);
    expect(assessPage(page(0, table)).verdict).toBe('text');
  });

  it('calls a page without text a scan when it paints an image, else blank', () => {
    const scan = { ...page(0, []), drawing: { images: 1, paths: 0 } };
    expect(assessPage(scan).verdict).toBe('scan');
    const outlined = { ...page(0, line('3', 50, 800)), drawing: { images: 0, paths: 900 } };
    expect(assessPage(outlined).verdict).toBe('scan');
    expect(assessPage({ ...page(0, []), drawing: { images: 0, paths: 2 } }).verdict).toBe('blank');
  });

  it('asks the host to count painting only on pages with next to no text', () => {
    expect(needsDrawingCheck(line('Page 3', 50, 800))).toBe(true);
    expect(needsDrawingCheck(column(BODY, 50, 100))).toBe(false);
  });

  it('reads by OCR what the mode says', () => {
    const text = assessPage(page(0, column(BODY, 50, 100)));
    const scan = assessPage({ ...page(0, []), drawing: { images: 1, paths: 0 } });
    expect([wantsOcr(text, 'on'), wantsOcr(scan, 'on')]).toEqual([false, true]);
    expect([wantsOcr(text, 'always'), wantsOcr(scan, 'off')]).toEqual([true, false]);
  });
});
