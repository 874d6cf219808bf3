// The PDF text definition on pages built item by item: reading order across columns, spacing, lines and
// paragraphs, hyphenation (with compounds and URLs kept), ligatures, running headers and footers, and the
// page map and item spans that tie the text back to the pages.
import { describe, expect, it } from 'vitest';
import { assemblePdfText } from '../../../../src/core/import/pdf/assemble-pdf-text';
import { expandLigatures } from '../../../../src/core/import/pdf/expand-ligatures';
import { column, line, page, word } from './pdf-items';

const textOf = (...pages: Parameters<typeof page>[1][]) =>
  assemblePdfText(pages.map((items, i) => page(i, items))).text;

describe('assemblePdfText', () => {
  it('puts spaces where the PDF leaves gaps and none inside split words', () => {
    const items = [
      word('Fin', 50, 100),
      word('ance', 65, 100),
      word('report', 90, 100),
      word('2024', 130, 100),
    ];
    expect(textOf(items)).toBe('Finance report 2024');
  });

  it('reads the left column top to bottom, then the right, joining a sentence across the gutter', () => {
    const left = column(
      [
        'The council agreed the budget for the',
        'coming year after a long debate about',
        'the cost of care for older people and',
        'the services provided to the children',
      ],
      50,
      100,
    );
    const right = column(
      [
        'of the borough, and it then asked the',
        'officers to report back within a year',
        'on what the new contracts had saved.',
        'Nobody voted against the plan at all.',
      ],
      300,
      100,
    );
    const text = textOf([...right, ...left]);
    expect(text).toBe(
      'The council agreed the budget for the coming year after a long debate about the cost of care for ' +
        'older people and the services provided to the children of the borough, and it then asked the ' +
        'officers to report back within a year on what the new contracts had saved. Nobody voted against ' +
        'the plan at all.',
    );
  });

  it('reads a full-width title and abstract before the columns under them', () => {
    const title = line('A Review of Outsourcing in Local Government Services', 50, 60, 14);
    const left = column(
      ['Left column text that runs on for a', 'while and then stops at the end here.'],
      50,
      120,
    );
    const right = column(
      ['Right column text that follows after', 'the left column has been read fully.'],
      300,
      120,
    );
    expect(textOf([...left, ...right, ...title])).toBe(
      'A Review of Outsourcing in Local Government Services\n\n' +
        'Left column text that runs on for a while and then stops at the end here.\n\n' +
        'Right column text that follows after the left column has been read fully.',
    );
  });

  it('keeps a table row by row rather than splitting it into columns', () => {
    const rows = ['Region', 'North East', 'London', 'Yorkshire'].flatMap((name, i) => [
      word(name, 50, 100 + i * 12),
      word(i === 0 ? 'Budget' : `£${10 + i}.5m`, 250, 100 + i * 12),
      word(i === 0 ? 'Change' : `${i}.2%`, 400, 100 + i * 12),
    ]);
    expect(textOf(rows)).toBe(
      'Region Budget Change\nNorth East £11.5m 1.2%\nLondon £12.5m 2.2%\nYorkshire £13.5m 3.2%',
    );
  });

  it('separates paragraphs by a blank line where the gap is wider than the line spacing', () => {
    const first = column(['First paragraph starts here and it goes', 'on to its end.'], 50, 100);
    const second = column(['Second paragraph after a gap that is', 'wider than the spacing.'], 50, 140);
    expect(textOf([...first, ...second])).toBe(
      'First paragraph starts here and it goes on to its end.\n\nSecond paragraph after a gap that is wider than the spacing.',
    );
  });

  it('keeps a short heading on its own line', () => {
    const items = [
      ...line('1. Background', 50, 100, 11),
      ...column(['The scheme began in 2019 with twelve', 'councils taking part.'], 50, 115),
    ];
    expect(textOf(items)).toBe('1. Background\nThe scheme began in 2019 with twelve councils taking part.');
  });

  it('joins words hyphenated at line ends, but keeps compounds, capitals, digits and URLs whole', () => {
    const lines = [
      'The department said the adminis-',
      'tration of the well-known scheme by self-',
      'employed staff in the Anglo-',
      'Saxon towns rose by a third in mid-',
      '2019, see https://example.org/statistics-local-',
      'authority-finance-data for the tables and www.',
      'example.org for the rest of the data today.',
    ];
    expect(textOf(column(lines, 50, 100))).toBe(
      'The department said the administration of the well-known scheme by self-employed staff in the ' +
        'Anglo-Saxon towns rose by a third in mid-2019, see ' +
        'https://example.org/statistics-local-authority-finance-data for the tables and www.example.org ' +
        'for the rest of the data today.',
    );
  });

  it('expands ligature characters', () => {
    expect(textOf(line('The ﬁnancial eﬀect of the oﬃce ﬂoor', 50, 100))).toBe(
      'The financial effect of the office floor',
    );
  });

  it('keeps a raised note marker on its line', () => {
    const items = [...line('The figure was revised in 2021.', 50, 100), word('3', 206, 96, 6)];
    expect(textOf(items)).toBe('The figure was revised in 2021.3');
  });

  /** Three pages with a running header (title and chapter) and a page-number footer; a sentence runs on. */
  function pagesWithFurniture() {
    const header = (n: number) => [
      ...line('Annual Report 2024', 50, 40, 8),
      ...line(`Chapter ${n}`, 480, 40, 8),
    ];
    const footer = (n: number) => line(`Page ${n}`, 280, 810, 8);
    return [
      [
        ...footer(1),
        ...column(
          ['The trust spent £3.2m on agency staff', 'in the year, which the board said was'],
          50,
          100,
        ),
        ...header(1),
      ],
      [
        ...header(2),
        ...column(['too much and must fall by half before', 'the next inspection.'], 50, 100),
        ...footer(2),
      ],
      [...header(3), ...column(['Inspectors returned in the spring.'], 50, 100), ...footer(3)],
    ].map((items, i) => page(i, items));
  }

  it('keeps running headers and footers after the last page, so a sentence runs on over a page break', () => {
    const pages = pagesWithFurniture();
    const { text, pages: map, items } = assemblePdfText(pages);
    expect(text).toBe(
      'The trust spent £3.2m on agency staff in the year, which the board said was' +
        ' ' +
        'too much and must fall by half before the next inspection.' +
        '\n\n' +
        'Inspectors returned in the spring.' +
        '\n\n' +
        'Annual Report 2024 Chapter 1\nPage 1\n\nAnnual Report 2024 Chapter 2\nPage 2\n\n' +
        'Annual Report 2024 Chapter 3\nPage 3',
    );
    // The page map gives each page's body.
    expect(map.map((p) => text.slice(p.start, p.end))).toEqual([
      'The trust spent £3.2m on agency staff in the year, which the board said was',
      'too much and must fall by half before the next inspection.',
      'Inspectors returned in the spring.',
    ]);
    // Each header and footer item still maps to its text, marked as such, on its own page.
    const marked = items.filter((s) => s.furniture);
    expect(marked.map((s) => `${s.page}:${s.furniture}:${text.slice(s.start, s.end)}`)).toEqual([
      '0:header:Annual',
      '0:header:Report',
      '0:header:2024',
      '0:header:Chapter',
      '0:header:1',
      '0:footer:Page',
      '0:footer:1',
      '1:header:Annual',
      '1:header:Report',
      '1:header:2024',
      '1:header:Chapter',
      '1:header:2',
      '1:footer:Page',
      '1:footer:2',
      '2:header:Annual',
      '2:header:Report',
      '2:header:2024',
      '2:header:Chapter',
      '2:header:3',
      '2:footer:Page',
      '2:footer:3',
    ]);
    expect(items.filter((s) => !s.furniture).every((s) => s.end <= map[2]!.end)).toBe(true);
  });

  it('separates pages by a blank line where a sentence ends or a word is hyphenated over the break', () => {
    const pages = [
      page(0, column(['The budget was agreed in full.'], 50, 100)),
      page(1, column(['the next year began.'], 50, 100)),
      page(2, column(['A word broken over the page, com-'], 50, 100)),
      page(3, column(['pound or not.'], 50, 100)),
    ];
    expect(assemblePdfText(pages).text).toBe(
      'The budget was agreed in full.\n\nthe next year began.\n\nA word broken over the page, com-\n\npound or not.',
    );
  });

  it('assembles a source stored by the first definition as it did: furniture at its page’s edges', () => {
    const { text, pages: map } = assemblePdfText(pagesWithFurniture(), 'pdf/1+text/1');
    expect(text).toBe(
      'Annual Report 2024 Chapter 1\n\nThe trust spent £3.2m on agency staff in the year, which the board said was\n\nPage 1' +
        '\n\n' +
        'Annual Report 2024 Chapter 2\n\ntoo much and must fall by half before the next inspection.\n\nPage 2' +
        '\n\n' +
        'Annual Report 2024 Chapter 3\n\nInspectors returned in the spring.\n\nPage 3',
    );
    expect(map.map((p) => text.slice(p.start, p.end).endsWith(`Page ${p.index + 1}`))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('treats a lone page number at the foot of a page as a footer even on one page', () => {
    const items = [
      ...line('12', 290, 810),
      ...column(['Text of the page that ends without a', 'full stop and'], 50, 100),
    ];
    expect(textOf(items)).toBe('Text of the page that ends without a full stop and\n\n12');
  });

  it('maps pages and items to offsets that hold their text, with labels from the PDF', () => {
    const pages = [
      page(0, column(['Preface text with a ﬁne ligature in it.'], 50, 100), 'iv'),
      page(1, []),
      page(2, column(['Chapter one begins on this page and', 'goes on here.'], 50, 100), '1'),
    ];
    const { text, pages: map, items } = assemblePdfText(pages);
    expect(map).toEqual([
      { index: 0, label: 'iv', start: 0, end: 40 },
      { index: 1, label: '2', start: 42, end: 42 },
      { index: 2, label: '1', start: 44, end: text.length },
    ]);
    expect(text.slice(0, 40)).toBe('Preface text with a fine ligature in it.');
    expect(items.length).toBe(pages.reduce((n, p) => n + p.items.length, 0));
    for (const span of items) {
      const item = pages[span.page]!.items[span.item]!;
      expect(text.slice(span.start, span.end)).toBe(expandLigatures(item.str));
    }
  });
});
