// Parses an XML document from another program into a small tree of elements, safely: a document type
// declaration (DOCTYPE) is refused outright, since it is where entities are defined (the "billion laughs"
// expansion) and where external entities point at files or addresses; only XML's five predefined entities
// and character references are read, and nothing is ever fetched. saxes, a strict non-validating parser,
// refuses anything not well-formed. Element and attribute names are kept without their namespace prefix,
// so a file from an older version of a standard (another namespace, or none) reads the same.

import { SaxesParser } from 'saxes';

export type XmlElement = {
  /** Local name, without any namespace prefix. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The text directly inside this element (not its children's), CDATA included. */
  text: string;
};

/** A document refused: the message says why, in the researcher's words (the caller names the file). */
export class XmlReadError extends Error {
  override readonly name = 'XmlReadError';
}

export type XmlLimits = { maxElements: number; maxDepth: number };

const DEFAULT_LIMITS: XmlLimits = { maxElements: 2_000_000, maxDepth: 200 };

/** The document's root element; throws XmlReadError for a DOCTYPE, bad XML, or a document too deep or big. */
export function readXmlSafely(xml: string, limits: XmlLimits = DEFAULT_LIMITS): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let count = 0;
  parser.on('doctype', () => {
    throw new XmlReadError(
      'it contains a document type declaration (DOCTYPE), which can define entities that expand without ' +
        'limit or read other files; it was refused for safety',
    );
  });
  parser.on('opentag', (tag) => {
    count += 1;
    if (count > limits.maxElements)
      throw new XmlReadError(`it holds more than ${limits.maxElements} elements`);
    if (stack.length >= limits.maxDepth)
      throw new XmlReadError(`its elements are nested more than ${limits.maxDepth} deep`);
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[localName(name)] = value;
    const element: XmlElement = { name: localName(tag.name), attributes, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (text: string) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('error', (error) => {
    throw new XmlReadError(`it is not well-formed XML (${firstLine(error.message)})`);
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof XmlReadError) throw error;
    throw new XmlReadError(`it is not well-formed XML (${firstLine(String(error))})`);
  }
  if (!root) throw new XmlReadError('it holds no XML element');
  return root;
}

/** The child elements with this local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The first child element with this local name, if any. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
