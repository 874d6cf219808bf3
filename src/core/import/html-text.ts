// The HTML text definition: a deterministic, block-aware serialisation of the readable part of a page.
// The article (or main, else body) is walked; each block element becomes a paragraph separated by a blank
// line, <br> a line break, inline whitespace collapses to one space (HTML's ASCII whitespace only, so
// no-break spaces stay), and non-content elements (scripts, navigation, forms, hidden elements) are
// dropped. A table is one block: a line per row, its cells' text joined by a tab (as a browser's innerText
// and copy-paste give it), block structure inside a cell flattened to spaces. List items are paragraphs as
// written: no bullets or numbers are invented. It reads only nodeType, nodeName, childNodes, textContent
// and getAttribute so browser and Node DOMs give identical text. Changing any rule here means bumping
// EXTRACTOR_VERSIONS.html and EXTRACTOR_VERSIONS.docx (DOCX text goes through this definition too).

import {
  CDATA_SECTION_NODE,
  ELEMENT_NODE,
  TEXT_NODE,
  readAttribute,
  readTagName,
  walkElements,
  type HtmlDocumentLike,
  type HtmlNodeLike,
} from './html-like';
import { normaliseLineEndings } from '../text/decode-text';

const DROPPED = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'nav',
  'footer',
  'form',
  'svg',
  'math',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
  'select',
  'button',
  'textarea',
  'dialog',
]);

const BLOCKS = new Set([
  'html',
  'body',
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'section',
  'summary',
  'caption',
  'ul',
]);

const CELLS = new Set(['td', 'th']);

const HTML_WHITESPACE = /[ \t\n\f\r]+/g;

/** Collapses HTML whitespace runs to one space and trims; used for titles and metadata too. */
export function collapseWhitespace(text: string): string {
  return text.replace(HTML_WHITESPACE, ' ').trim();
}

export type HtmlTextOptions = {
  /** Elements to leave out besides the definition's own (e.g. a converter's note back-links). */
  skip?: (element: HtmlNodeLike) => boolean;
};

/** The readable text of a parsed HTML document: its content root (see selectContentRoot). */
export function extractHtmlText(document: HtmlDocumentLike, options: HtmlTextOptions = {}): string {
  return extractNodeText(selectContentRoot(document), options);
}

/** The text of everything inside one node (e.g. the article Readability found), by the same rules. */
export function extractNodeText(root: HtmlNodeLike, options: HtmlTextOptions = {}): string {
  const writer = createBlockWriter();
  writeNode(root, writer, options);
  writer.endBlock();
  return writer.blocks.join('\n\n');
}

/** The largest <article>, else <main>, else <body>, else the document itself. */
export function selectContentRoot(document: HtmlDocumentLike): HtmlNodeLike {
  let best: HtmlNodeLike | null = null;
  let bestLength = -1;
  let main: HtmlNodeLike | null = null;
  let body: HtmlNodeLike | null = null;
  for (const element of walkElements(document)) {
    const name = readTagName(element);
    if (name === 'article') {
      const length = (element.textContent ?? '').length;
      if (length > bestLength) [best, bestLength] = [element, length];
    } else if (name === 'main' && !main) main = element;
    else if (name === 'body' && !body) body = element;
  }
  return best ?? main ?? body ?? document;
}

type BlockWriter = {
  blocks: string[];
  text(raw: string): void;
  lineBreak(): void;
  /** A finished line (a table row) kept as it is: its tabs must not collapse. */
  rawLine(text: string): void;
  endBlock(): void;
  verbatimBlock(text: string): void;
};

function createBlockWriter(): BlockWriter {
  const blocks: string[] = [];
  let lines: string[] = [];
  let line = '';
  const endLine = () => {
    const collapsed = collapseWhitespace(line);
    if (collapsed) lines.push(collapsed);
    line = '';
  };
  return {
    blocks,
    text: (raw) => void (line += raw),
    lineBreak: endLine,
    rawLine(text) {
      endLine();
      if (text) lines.push(text);
    },
    endBlock() {
      endLine();
      if (lines.length > 0) blocks.push(lines.join('\n'));
      lines = [];
    },
    verbatimBlock(text) {
      const trimmed = normaliseLineEndings(text).replace(/^\n+|\s+$/g, '');
      if (trimmed) blocks.push(trimmed);
    },
  };
}

function writeNode(node: HtmlNodeLike, writer: BlockWriter, options: HtmlTextOptions): void {
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as HtmlNodeLike;
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE)
      writer.text(child.textContent ?? '');
    else if (child.nodeType === ELEMENT_NODE) writeElement(child, writer, options);
  }
}

function writeElement(element: HtmlNodeLike, writer: BlockWriter, options: HtmlTextOptions): void {
  const name = readTagName(element);
  if (DROPPED.has(name) || isHidden(element) || options.skip?.(element)) return;
  if (name === 'br') return writer.lineBreak();
  if (name === 'pre') {
    writer.endBlock();
    writer.verbatimBlock(element.textContent ?? '');
    return;
  }
  if (name === 'table') {
    writer.endBlock();
    writeTable(element, writer, options);
    writer.endBlock();
    return;
  }
  const block = BLOCKS.has(name);
  if (block) writer.endBlock();
  writeNode(element, writer, options);
  if (block) writer.endBlock();
}

/** Caption, then one line per row of this table (not of tables nested in its cells), cells tab-separated. */
function writeTable(table: HtmlNodeLike, writer: BlockWriter, options: HtmlTextOptions): void {
  const visit = (node: HtmlNodeLike): void => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as HtmlNodeLike;
      if (child.nodeType !== ELEMENT_NODE || isHidden(child) || options.skip?.(child)) continue;
      const name = readTagName(child);
      if (name === 'caption') writer.rawLine(flattenText(child, options));
      else if (name === 'tr') writeRow(child, writer, options);
      else if (name === 'thead' || name === 'tbody' || name === 'tfoot') visit(child);
    }
  };
  visit(table);
}

function writeRow(row: HtmlNodeLike, writer: BlockWriter, options: HtmlTextOptions): void {
  const cells: string[] = [];
  const children = row.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as HtmlNodeLike;
    if (child.nodeType !== ELEMENT_NODE || !CELLS.has(readTagName(child))) continue;
    if (isHidden(child) || options.skip?.(child)) continue;
    cells.push(flattenText(child, options));
  }
  if (cells.some((cell) => cell !== '')) writer.rawLine(cells.join('\t'));
}

/** A cell's (or caption's) text on one line: its paragraphs and lines joined by single spaces. */
function flattenText(node: HtmlNodeLike, options: HtmlTextOptions): string {
  const writer = createBlockWriter();
  writeNode(node, writer, options);
  writer.endBlock();
  return collapseWhitespace(writer.blocks.join(' '));
}

function isHidden(element: HtmlNodeLike): boolean {
  if (readAttribute(element, 'hidden') !== null) return true;
  if (readAttribute(element, 'aria-hidden')?.trim().toLowerCase() === 'true') return true;
  if (readTagName(element) === 'input' && readAttribute(element, 'type')?.toLowerCase() === 'hidden')
    return true;
  const style = (readAttribute(element, 'style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}
