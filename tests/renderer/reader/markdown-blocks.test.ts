// The Markdown view's map from what is on screen back to stored offsets: every shown piece of text is
// exactly the source between its offsets, pieces come in document order without overlapping, markup is not
// shown, and raw HTML is shown as text, never as an element.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listChunks, mapMarkdown, type MdNode } from '../../../src/renderer/features/reader/markdown-blocks';

const fixture = readFileSync(resolve('tests/e2e/fixtures/field-notes.md'), 'utf8');

function shownText(source: string, nodes: MdNode[]): string {
  return listChunks(nodes)
    .map((c) => source.slice(c.start, c.end))
    .join('');
}

function expectExactOrderedChunks(source: string, nodes: MdNode[]) {
  let previousEnd = 0;
  for (const chunk of listChunks(nodes)) {
    expect(chunk.start).toBeGreaterThanOrEqual(previousEnd);
    expect(chunk.end).toBeGreaterThan(chunk.start);
    expect(chunk.end).toBeLessThanOrEqual(source.length);
    previousEnd = chunk.end;
  }
}

function tagsOf(nodes: MdNode[]): string[] {
  return nodes.flatMap((n) => (n.kind === 'element' ? [n.tag, ...tagsOf(n.children)] : []));
}

describe('mapping Markdown to shown text', () => {
  it('shows the words of every construct without their markup, in order', () => {
    const nodes = mapMarkdown(fixture);
    expectExactOrderedChunks(fixture, nodes);
    const shown = shownText(fixture, nodes);
    expect(shown).toContain('Field notes on school funding');
    expect(shown).toContain('The council said that £2.4m was spent on supply teachers in 2019');
    expect(shown).toContain('according to the annual report.');
    expect(shown).toContain('Class sizes rose by four pupils on average');
    expect(shown).toContain('Two schools closed\ntheir sixth forms');
    expect(shown).toContain('Governors were "not consulted" before the change\nwas announced.');
    expect(shown).toContain('total = 2.4');
    for (const markup of ['#', '**', '`', '](', '> ', '- ', '|', 'https://example.org']) {
      expect(shown).not.toContain(markup);
    }
  });

  it('builds headings, emphasis, lists, quotes, tables and code from its own element names', () => {
    const tags = new Set(tagsOf(mapMarkdown(fixture)));
    for (const tag of ['h1', 'h2', 'em', 'strong', 'code', 'ul', 'ol', 'li', 'blockquote', 'table', 'pre']) {
      expect(tags).toContain(tag);
    }
    expect(tags).not.toContain('script');
    expect(tags).not.toContain('a');
  });

  it('shows raw HTML as text, so nothing in it can run', () => {
    const source = 'Before\n\n<img src=x onerror="alert(1)">\n\nAfter <b onclick="x()">bold</b>';
    const nodes = mapMarkdown(source);
    expectExactOrderedChunks(source, nodes);
    expect(shownText(source, nodes)).toContain('<img src=x onerror="alert(1)">');
    expect(new Set(tagsOf(nodes))).not.toContain('img');
  });

  it('maps a selection of shown text back to the same stored passage', () => {
    const nodes = mapMarkdown(fixture);
    const chunks = listChunks(nodes);
    // What the e2e does on screen: find a passage in the shown text, map both ends through the chunks.
    const offsets: number[] = [];
    for (const c of chunks) for (let i = c.start; i < c.end; i += 1) offsets.push(i);
    const shown = shownText(fixture, nodes);
    const at = shown.indexOf('£2.4m was spent');
    const start = offsets[at]!;
    const end = offsets[at + '£2.4m was spent'.length - 1]! + 1;
    expect(fixture.slice(start, end)).toBe('£2.4m** was spent');
  });

  it('keeps every chunk exact and ordered for any Markdown-like text', () => {
    const pieces = fc.constantFrom(
      '# ',
      '## ',
      '*',
      '**',
      '_',
      '`',
      '```\n',
      '- ',
      '1. ',
      '> ',
      '[',
      '](http://x)',
      '<b>',
      '</b>',
      '\\*',
      '|',
      '---',
      '\n',
      '\n\n',
      '  ',
      'word',
      'two words',
      '£8.52m',
      '😀',
      '&amp;',
      '    code',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const source = parts.join('');
        const nodes = mapMarkdown(source);
        let previousEnd = 0;
        for (const chunk of listChunks(nodes)) {
          if (chunk.start < previousEnd || chunk.end <= chunk.start || chunk.end > source.length)
            return false;
          previousEnd = chunk.end;
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it('shows every word of plain prose', () => {
    const source = 'Just a paragraph of prose.\nWith a second line.\n\nAnd another paragraph.';
    expect(shownText(source, mapMarkdown(source))).toBe(
      'Just a paragraph of prose.\nWith a second line.And another paragraph.',
    );
  });
});
