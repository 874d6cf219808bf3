// The briefing as Markdown: title, introduction, the sections (tables as pipe tables, lists), and each
// citation as a footnote `[^n]` that holds the verbatim quote and its locator, the in-text reference in
// the chosen style, and "unverified" when the quote was not found again. Every field is escaped
// (markdown-escape.ts), so nothing from a source or a researcher can become markup or a link; the only
// links are the sources' http(s) addresses as autolinks.
import { OCR_MARK } from '../../import/pdf/ocr-marking';
import { citationStyle } from '../csl/citation-styles';
import {
  escapeMarkdown,
  escapeMarkdownBlockStart,
  escapeMarkdownQuote,
  guardBlockStart,
} from './markdown-escape';
import type { Block, BriefingDocument, Citation, Inlines, Reference } from '../document/briefing-document';

export const UNVERIFIED_MARK = '**unverified**: not found exactly in the source’s text';

export function writeMarkdown(doc: BriefingDocument): string {
  const lines = [`# ${escapeMarkdown(doc.title)}`, ''];
  lines.push(
    escapeMarkdownBlockStart(
      `Generated ${doc.generatedAt}. References in ${citationStyle(doc.style).label}.`,
    ),
    '',
  );
  for (const paragraph of doc.introduction) lines.push(escapeMarkdownBlockStart(paragraph), '');
  for (const section of doc.sections) {
    lines.push(`## ${escapeMarkdown(section.heading)}`, '');
    const blocks =
      section.kind === 'references' && doc.references.length > 0
        ? [doc.references.map((ref) => `- ${writeReference(ref)}`).join('\n')]
        : section.blocks.map(writeBlock);
    for (const block of blocks) lines.push(block, '');
  }
  for (const citation of doc.citations) lines.push(writeFootnote(citation));
  return `${lines.join('\n').trimEnd()}\n`;
}

function writeInlines(content: Inlines, blockStart: boolean): string {
  const out = content
    .map((part) => (part.type === 'cite' ? `[^${part.n}]` : escapeMarkdown(part.text)))
    .join('');
  return blockStart ? guardBlockStart(out) : out;
}

function writeBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
    case 'paragraph':
      return writeInlines(block.content, true);
    case 'list':
      return block.items.map((item) => `- ${writeInlines(item, true)}`).join('\n');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
      return [
        row(block.header.map(escapeMarkdown)),
        row(block.header.map(() => '---')),
        ...block.rows.map((cells) => row(cells.map((cell) => writeInlines(cell, false)))),
      ].join('\n');
    }
  }
}

/** The reference text, its web address (when it is one we may link) written as an autolink. */
function writeReference(ref: Reference): string {
  const text = escapeMarkdownBlockStart(ref.text);
  if (!ref.url) return text;
  const escapedUrl = escapeMarkdown(ref.url);
  return text.includes(escapedUrl) ? text.split(escapedUrl).join(`<${ref.url}>`) : `${text} <${ref.url}>`;
}

/**
 * `[^n]: “quote” — p. 4 · (Author, 2014, p. 4)`. Curly quotation marks outside the quote are written as
 * entities, so the last raw ” on the line closes the quote and listMarkdownQuotes reads it back exactly.
 */
function writeFootnote(citation: Citation): string {
  const tail = [(citation.locator || 'no locator') + (citation.ocr ? ` ${OCR_MARK}` : ''), citation.inText]
    .filter(Boolean)
    .map(escapeMarkdown)
    .join(' · ');
  const marks = tail.replace(/“/g, '&#x201C;').replace(/”/g, '&#x201D;');
  const unverified = citation.verified ? '' : ` · ${UNVERIFIED_MARK}`;
  return `[^${citation.n}]: “${escapeMarkdownQuote(citation.quote)}” — ${marks}${unverified}`;
}
