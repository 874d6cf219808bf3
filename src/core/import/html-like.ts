// The small structural view of a parsed HTML document that core reads. The browser's DOMParser documents
// and linkedom's (in Node) both satisfy it, and the extractor touches nothing else, so the text it
// produces is the same in both hosts.

export type HtmlNodeLike = {
  /** 1 element, 3 text, 4 CDATA, 8 comment, 9 document, 10 doctype. */
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<HtmlNodeLike>;
  /** Present on elements only. */
  getAttribute?(name: string): string | null;
};

export type HtmlDocumentLike = HtmlNodeLike;

/** Injected HTML parser: `(html) => new DOMParser().parseFromString(html, 'text/html')` or linkedom's. */
export type DomParser = (html: string) => HtmlDocumentLike;

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/** Lower-case tag name of an element (DOMs report HTML names upper-case, XHTML ones as written). */
export function readTagName(node: HtmlNodeLike): string {
  return node.nodeName.toLowerCase();
}

export function readAttribute(node: HtmlNodeLike, name: string): string | null {
  return node.nodeType === ELEMENT_NODE && node.getAttribute ? node.getAttribute(name) : null;
}

/** Elements in document order, depth first. */
export function* walkElements(node: HtmlNodeLike): Generator<HtmlNodeLike> {
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as HtmlNodeLike;
    if (child.nodeType !== ELEMENT_NODE) continue;
    yield child;
    yield* walkElements(child);
  }
}

export function findFirstElement(root: HtmlNodeLike, name: string): HtmlNodeLike | null {
  for (const element of walkElements(root)) if (readTagName(element) === name) return element;
  return null;
}
