// Citation metadata from a Word document's package properties, which mammoth does not read:
// docProps/core.xml gives dc:title, dc:creator (authors, ";"-separated as Word writes several) and
// dcterms:created / dcterms:modified; docProps/app.xml gives the Company, taken as the publisher. These
// parts are tiny flat XML, read by element name (any namespace prefix) so no XML parser or DOM is needed
// and every host reads them identically. Empty elements are ignored.

import { parseCslDate } from '../html-metadata';
import type { CslMetadata } from '../../model/records';

export type DocxProperties = { title: string | null; metadata: CslMetadata };

/** Reads the two parts (null when absent); `metadata.title` is left to the caller's title rule. */
export function readDocxProperties(coreXml: string | null, appXml: string | null): DocxProperties {
  const metadata: CslMetadata = { type: 'document' };
  const core = coreXml ?? '';
  const title = readElement(core, 'title');
  const authors = (readElement(core, 'creator') ?? '')
    .split(';')
    .map((name) => name.trim())
    .filter(Boolean);
  if (authors.length > 0) metadata.author = authors.map((literal) => ({ literal }));
  const publisher = readElement(appXml ?? '', 'Company');
  if (publisher) metadata.publisher = publisher;
  // Created is set once when the document is first saved; modified changes with every save, including a
  // reader's, so it is only the fallback.
  const issued = readElement(core, 'created') ?? readElement(core, 'modified');
  if (issued) metadata.issued = parseCslDate(issued);
  return { title, metadata };
}

/** Text of the first element with this local name, entities decoded and whitespace collapsed. */
function readElement(xml: string, localName: string): string | null {
  const pattern = new RegExp(
    `<(?:[\\w.-]+:)?${localName}(?:\\s[^>]*)?>([^<]*)</(?:[\\w.-]+:)?${localName}\\s*>`,
  );
  const raw = pattern.exec(xml)?.[1];
  if (raw === undefined) return null;
  const text = decodeXmlEntities(raw).replace(/\s+/g, ' ').trim();
  return text || null;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
