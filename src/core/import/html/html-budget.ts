// The memory budget for reading an HTML page. A DOM costs far more than the HTML it comes from (linkedom,
// the DOM the CLI and the app's import worker use, holds about 0.8 KB per element; Readability's scoring
// adds as much again), so a 10 MB table would take 1.5 GB to read. The markup is therefore counted with a
// plain scan before anything is parsed: start tags and attributes, each of which becomes a node. A page over
// the budget is refused with the figures; a big page within it is read without Readability, whose article
// finding is meant for articles, not data dumps, and slows with the cube of the nesting. Nesting is checked
// on the parsed tree, before anything walks it recursively.
// The limits were set by measurement (scripts/bench-import-memory.mjs): the worst shapes within them peak
// well under 1 GB.

import { ImportError } from '../import-error';
import { ELEMENT_NODE, type HtmlNodeLike } from '../html-like';

export const HTML_BUDGET = {
  /** Start tags plus attributes, the nodes a DOM would hold besides text. */
  markupNodes: 400_000,
  /** Above this many, the article is not looked for and the whole page's text is taken. */
  articleMarkupNodes: 60_000,
  /** Elements nested in one another; browsers' own parsers stop nesting at a few hundred. */
  depth: 1_000,
  /** Above this depth the article is not looked for either (Readability: 0.2 s at 200, 13 s at 1,000). */
  articleDepth: 250,
} as const;

/**
 * Counts start tags and attributes (each `=` inside a tag), without parsing. Comments, doctypes and end
 * tags cost no node; an `=` in an attribute's value is counted too, which can only over-estimate.
 */
export function countMarkupNodes(html: string): number {
  let nodes = 0;
  let at = html.indexOf('<');
  while (at !== -1) {
    if (isLetter(html.charCodeAt(at + 1))) {
      nodes += 1;
      const end = html.indexOf('>', at);
      const stop = end === -1 ? html.length : end;
      for (let i = at; i < stop; i++) if (html.charCodeAt(i) === 61 /* = */) nodes += 1;
      at = stop;
    }
    at = html.indexOf('<', at + 1);
  }
  return nodes;
}

/** Refuses, before parsing, a page whose DOM would not fit the budget; returns its node count. */
export function checkMarkupBudget(fileName: string, html: string): number {
  const nodes = countMarkupNodes(html);
  if (nodes > HTML_BUDGET.markupNodes)
    throw new ImportError(
      fileName,
      'unsafe',
      `"${fileName}" has about ${formatCount(nodes)} HTML elements and attributes; pages of up to ` +
        `${formatCount(HTML_BUDGET.markupNodes)} can be read without running out of memory. A page this ` +
        'big is usually a data export: save its text (or split it) and import that.',
    );
  return nodes;
}

/**
 * The deepest nesting of elements in a parsed page, measured without recursion: the text definition and
 * Readability walk the tree recursively, and a page nested 100,000 deep would overflow the stack.
 */
export function measureNesting(document: HtmlNodeLike): number {
  let deepest = 0;
  const stack: [HtmlNodeLike, number][] = [[document, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    if (depth > deepest) deepest = depth;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as HtmlNodeLike;
      if (child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/** Refuses a parsed page nested deeper than the budget; returns its depth otherwise. */
export function checkNestingBudget(fileName: string, document: HtmlNodeLike): number {
  const depth = measureNesting(document);
  if (depth > HTML_BUDGET.depth)
    throw new ImportError(
      fileName,
      'unsafe',
      `"${fileName}" nests its HTML elements more than ${formatCount(HTML_BUDGET.depth)} deep, ` +
        'deeper than any real page; it was not read. Save its text and import that instead.',
    );
  return depth;
}

/** Whether Readability may look for the article: its time grows with the cube of the nesting. */
export function fitsArticleFinding(markupNodes: number, depth: number): boolean {
  return markupNodes <= HTML_BUDGET.articleMarkupNodes && depth <= HTML_BUDGET.articleDepth;
}

function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
