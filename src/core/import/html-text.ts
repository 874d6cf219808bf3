// The HTML text definition: a deterministic, block-aware serialisation of the readable part of a page.
// The article (or main, else body) is walked; each block element becomes a paragraph separated by a blank
// line, <br> a line break, inline whitespace collapses to one space (HTML's ASCII whitespace only, so
// no-break spaces stay), and non-content elements (scripts, navigation, forms, hidden elements) are
// dropped. It reads only nodeType, nodeName, childNodes, textContent and getAttribute so browser and Node
// DOMs give identical text. Changing any rule here means bumping EXTRACTOR_VERSIONS.html.

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
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'ul',
]);

/** Cells are inline, but their text must not run into the next cell's. */
const CELLS = new Set(['td', 'th']);

const HTML_WHITESPACE = /[ \t\n\f\r]+/g;

/** Collapses HTML whitespace runs to one space and trims; used for titles and metadata too. */
export function collapseWhitespace(text: string): string {
  return text.replace(HTML_WHITESPACE, ' ').trim();
}

/** The readable text of a parsed HTML document. */
export function extractHtmlText(document: HtmlDocumentLike): string {
  const writer = createBlockWriter();
  writeNode(selectContentRoot(document), writer);
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

function writeNode(node: HtmlNodeLike, writer: BlockWriter): void {
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as HtmlNodeLike;
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE)
      writer.text(child.textContent ?? '');
    else if (child.nodeType === ELEMENT_NODE) writeElement(child, writer);
  }
}

function writeElement(element: HtmlNodeLike, writer: BlockWriter): void {
  const name = readTagName(element);
  if (DROPPED.has(name) || isHidden(element)) return;
  if (name === 'br') return writer.lineBreak();
  if (name === 'pre') {
    writer.endBlock();
    writer.verbatimBlock(element.textContent ?? '');
    return;
  }
  const block = BLOCKS.has(name);
  if (block) writer.endBlock();
  if (CELLS.has(name)) writer.text(' ');
  writeNode(element, writer);
  if (CELLS.has(name)) writer.text(' ');
  if (block) writer.endBlock();
}

function isHidden(element: HtmlNodeLike): boolean {
  if (readAttribute(element, 'hidden') !== null) return true;
  if (readAttribute(element, 'aria-hidden')?.trim().toLowerCase() === 'true') return true;
  if (readTagName(element) === 'input' && readAttribute(element, 'type')?.toLowerCase() === 'hidden')
    return true;
  const style = (readAttribute(element, 'style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}
