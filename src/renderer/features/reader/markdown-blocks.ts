// Maps a Markdown source to the elements the reader shows, keeping every piece of shown text tied to its
// stored offsets. marked's lexer gives tokens whose `raw` is their source; walking them with a cursor that
// only moves forward, each container is located in the source (its raw) and each text leaf inside its
// container, so a text node is always exactly source.slice(start, end). Markup (#, *, _, `, list markers,
// link targets, "> ") lies between text nodes and is not shown. Where marked rewrote a leaf (indentation
// removed from list and quote lines) it is located line by line. Raw HTML is never rendered: it is shown
// as text. Element names come from this module's own list, never from the document.
import { Lexer, type Token, type Tokens } from 'marked';
import { appendAll } from '../../../core/lists/append-all';

export type MdTag =
  | 'h1'
  | 'h2'
  | 'h3'
  | 'h4'
  | 'h5'
  | 'h6'
  | 'p'
  | 'pre'
  | 'code'
  | 'blockquote'
  | 'ul'
  | 'ol'
  | 'li'
  | 'table'
  | 'thead'
  | 'tbody'
  | 'tr'
  | 'th'
  | 'td'
  | 'hr'
  | 'br'
  | 'strong'
  | 'em'
  | 'del'
  | 'span';

/** A run of shown text: exactly source.slice(start, end). */
export type MdChunk = { kind: 'text'; start: number; end: number };
export type MdElement = {
  kind: 'element';
  tag: MdTag;
  className?: string;
  start?: number;
  children: MdNode[];
};
export type MdNode = MdChunk | MdElement;

const el = (tag: MdTag, children: MdNode[] = [], className?: string): MdElement =>
  className ? { kind: 'element', tag, className, children } : { kind: 'element', tag, children };

class SourceCursor {
  at = 0;
  constructor(readonly source: string) {}

  /** Where `text` next occurs from the cursor, ending by `limit`; -1 if it does not. */
  find(text: string, limit: number): number {
    const i = this.source.indexOf(text, this.at);
    return i >= 0 && i + text.length <= limit ? i : -1;
  }

  /** Chunks for a text leaf: found whole, else line by line (with the line breaks between). */
  leaf(text: string, limit: number): MdChunk[] {
    if (!text) return [];
    const whole = this.find(text, limit);
    if (whole >= 0) return [this.take(whole, text.length)];
    const chunks: MdChunk[] = [];
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      let found = false;
      if (line) {
        const at = this.find(line, limit);
        if (at >= 0) {
          chunks.push(this.take(at, line.length));
          found = true;
        }
      }
      if (found && i < lines.length - 1 && this.source[this.at] === '\n' && this.at < limit) {
        chunks.push(this.take(this.at, 1));
      }
    });
    return chunks;
  }

  private take(start: number, length: number): MdChunk {
    this.at = start + length;
    return { kind: 'text', start, end: start + length };
  }
}

/** The elements of a Markdown text; on any lexer failure, the whole text as one paragraph. */
export function mapMarkdown(source: string): MdNode[] {
  let tokens: Token[];
  try {
    tokens = new Lexer({ gfm: true }).lex(source);
  } catch {
    return source ? [el('p', [{ kind: 'text', start: 0, end: source.length }])] : [];
  }
  const cursor = new SourceCursor(source);
  return walk(tokens, source.length, cursor, blockNodes);
}

const childrenOf = (token: Token): Token[] | undefined => (token as { tokens?: Token[] }).tokens;

type Handler = (token: Token, limit: number, cursor: SourceCursor) => MdNode[];

/** Locates each token's raw (when it is still contiguous in the source) and maps it with `handle`. */
function walk(tokens: Token[], limit: number, cursor: SourceCursor, handle: Handler): MdNode[] {
  const out: MdNode[] = [];
  for (const token of tokens) {
    const start = token.raw ? cursor.find(token.raw, limit) : -1;
    if (start < 0) {
      appendAll(out, handle(token, limit, cursor));
      continue;
    }
    const end = start + token.raw.length;
    cursor.at = start;
    appendAll(out, handle(token, end, cursor));
    cursor.at = Math.max(cursor.at, end);
  }
  return out;
}

function blockNodes(token: Token, limit: number, cursor: SourceCursor): MdNode[] {
  const inline = (tokens: Token[] | undefined) => walk(tokens ?? [], limit, cursor, inlineNodes);
  const blocks = (tokens: Token[] | undefined) => walk(tokens ?? [], limit, cursor, blockNodes);
  switch (token.type) {
    case 'space':
    case 'def':
      return [];
    case 'hr':
      return [el('hr')];
    case 'heading': {
      const depth = Math.min(Math.max((token as Tokens.Heading).depth, 1), 6);
      return [el(`h${depth}` as MdTag, inline(childrenOf(token)))];
    }
    case 'paragraph':
      return [el('p', inline(childrenOf(token)))];
    case 'text':
      // Text directly in a tight list item: inline content, no paragraph of its own.
      return childrenOf(token) ? inline(childrenOf(token)) : cursor.leaf((token as Tokens.Text).text, limit);
    case 'code':
      return [el('pre', [el('code', cursor.leaf((token as Tokens.Code).text, limit))])];
    case 'blockquote':
      return [el('blockquote', blocks(childrenOf(token)))];
    case 'list': {
      const list = token as Tokens.List;
      const node = el(list.ordered ? 'ol' : 'ul', walk(list.items, limit, cursor, blockNodes));
      if (list.ordered && typeof list.start === 'number' && list.start !== 1) node.start = list.start;
      return [node];
    }
    case 'list_item':
      return [el('li', blocks(childrenOf(token)))];
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[], tag: 'th' | 'td') =>
        el(
          'tr',
          cells.map((cell) => el(tag, inline(cell.tokens))),
        );
      return [
        el('table', [
          el('thead', [row(table.header, 'th')]),
          el(
            'tbody',
            table.rows.map((cells) => row(cells, 'td')),
          ),
        ]),
      ];
    }
    case 'html':
      return [el('p', cursor.leaf(token.raw, limit), 'md-html')];
    default:
      return childrenOf(token) ? blocks(childrenOf(token)) : cursor.leaf(token.raw, limit);
  }
}

function inlineNodes(token: Token, limit: number, cursor: SourceCursor): MdNode[] {
  const inline = (tokens: Token[] | undefined) => walk(tokens ?? [], limit, cursor, inlineNodes);
  switch (token.type) {
    case 'text':
      return childrenOf(token) ? inline(childrenOf(token)) : cursor.leaf((token as Tokens.Text).text, limit);
    case 'escape':
      return cursor.leaf((token as Tokens.Escape).text, limit);
    case 'codespan': {
      const text = (token as Tokens.Codespan).text;
      // marked turns line breaks in a code span into spaces; then the span is shown with its backticks.
      const chunks = cursor.leaf(text, limit);
      return [el('code', chunks.length > 0 || !text ? chunks : cursor.leaf(token.raw, limit))];
    }
    case 'strong':
    case 'em':
    case 'del':
      return [el(token.type, inline(childrenOf(token)))];
    case 'link':
      // Shown as its text only: the app follows no links and loads nothing remote.
      return [el('span', inline(childrenOf(token)), 'md-link')];
    case 'image':
      return [el('span', cursor.leaf((token as Tokens.Image).text, limit), 'md-image')];
    case 'br':
      return [el('br')];
    case 'html':
      return [el('span', cursor.leaf(token.raw, limit), 'md-html')];
    default:
      return childrenOf(token) ? inline(childrenOf(token)) : cursor.leaf(token.raw, limit);
  }
}

/** Every shown chunk, in document order (for tests and for finding text on screen). */
export function listChunks(nodes: MdNode[]): MdChunk[] {
  const out: MdChunk[] = [];
  const visit = (node: MdNode) => {
    if (node.kind === 'text') out.push(node);
    else node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return out;
}
