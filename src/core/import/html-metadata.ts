// Citation metadata and the title of an HTML page, read from the tags publishers commonly set: Open Graph,
// article:*, Dublin Core, <meta name=author/date>, <link rel=canonical> and <title>. Only what the page
// states is kept; nothing is guessed from the body text except the article's <h1> as a title fallback.

import { normaliseWebAddress } from '../model/web-address';
import { collapseWhitespace, selectContentRoot } from './html-text';
import {
  findFirstElement,
  readAttribute,
  readTagName,
  walkElements,
  type HtmlDocumentLike,
} from './html-like';
import type { CslDate, CslMetadata, CslName } from '../model/records';

/** `titles`: og:title, the article's h1 and <title>, in that order (empty ones null). */
export type HtmlMetadata = { titles: (string | null)[]; metadata: CslMetadata };

/** Title candidates per the import rules (og:title, the article's h1, <title>) and CSL metadata. */
export function readHtmlMetadata(document: HtmlDocumentLike): HtmlMetadata {
  const meta = new Map<string, string[]>();
  let canonical: string | null = null;
  let titleElement: string | null = null;
  for (const element of walkElements(document)) {
    const name = readTagName(element);
    if (name === 'meta') {
      const key = (readAttribute(element, 'property') ?? readAttribute(element, 'name') ?? '')
        .trim()
        .toLowerCase();
      const content = collapseWhitespace(readAttribute(element, 'content') ?? '');
      if (key && content) meta.set(key, [...(meta.get(key) ?? []), content]);
    } else if (name === 'link' && !canonical) {
      const rel = (readAttribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = (readAttribute(element, 'href') ?? '').trim();
      if (rel.includes('canonical') && href) canonical = href;
    } else if (name === 'title' && titleElement === null) {
      titleElement = collapseWhitespace(element.textContent ?? '');
    }
  }
  const first = (...keys: string[]) => keys.map((k) => meta.get(k)?.[0]).find((v) => v !== undefined);

  const h1 = findFirstElement(selectContentRoot(document), 'h1');
  const titles = [first('og:title') ?? null, collapseWhitespace(h1?.textContent ?? '') || null, titleElement];

  const metadata: CslMetadata = { type: 'webpage' };
  const authors = readAuthors(meta);
  if (authors.length > 0) metadata.author = authors;
  const publisher = first('og:site_name');
  if (publisher) metadata.publisher = publisher;
  const issued = first('article:published_time', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date');
  if (issued) metadata.issued = parseCslDate(issued);
  // A page's own address only when it is a web address (a canonical link can say javascript:).
  const url = normaliseWebAddress(canonical ?? first('og:url') ?? '');
  if (url) metadata.URL = url;
  return { titles, metadata };
}

function readAuthors(meta: Map<string, string[]>): CslName[] {
  // article:author is often a profile URL rather than a name; a URL is not an author's name.
  const names = [...(meta.get('author') ?? []), ...(meta.get('article:author') ?? [])].filter(
    (name) => !/^https?:\/\//i.test(name),
  );
  return [...new Set(names)].map((literal) => ({ literal }));
}

/** ISO-style dates become CSL date-parts; anything else is kept raw rather than misread. */
export function parseCslDate(value: string): CslDate {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])/.exec(value.trim());
  if (!match) return { raw: value };
  const parts: [number, number?, number?] = [Number(match[1])];
  if (match[2]) parts.push(Number(match[2]));
  if (match[3]) parts.push(Number(match[3]));
  return { 'date-parts': [parts] };
}
