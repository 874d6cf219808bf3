// The HTML text definition, version 2: the text of a web page is the text of the article Readability finds
// (see find-article.ts), serialised by the one block-aware definition in html-text.ts; a page with no
// recognisable article falls back to that definition over the whole page. Title and citation metadata
// come from the page's own tags (html-metadata.ts), with Readability's byline, site name and published
// time as fallbacks. Only text and metadata leave this module, never HTML: nothing the page contains
// (scripts, handlers, javascript: URLs) is stored, so nothing from it can run when a source is shown.

import { findArticle, type ArticleHints } from './find-article';
import { extractHtmlText, extractNodeText } from '../html-text';
import { parseCslDate, readHtmlMetadata } from '../html-metadata';
import type { DomParser } from '../html-like';
import type { CslMetadata } from '../../model/records';

/** `titles`: the page's title candidates in order (see readHtmlMetadata), then Readability's. */
export type ExtractedHtml = { titles: (string | null)[]; text: string; metadata: CslMetadata };

/** Text, title and metadata of an HTML page; the parser is called twice (Readability mutates its copy). */
export function extractHtml(html: string, parseHtml: DomParser): ExtractedHtml {
  const page = parseHtml(html);
  const { root, hints } = findArticle(parseHtml(html));
  const articleText = root ? extractNodeText(root) : '';
  const text = articleText.trim() ? articleText : extractHtmlText(page);
  const found = readHtmlMetadata(page);
  const metadata = addHints(found.metadata, hints);
  return { titles: [...found.titles, hints.title ?? null], text, metadata };
}

function addHints(metadata: CslMetadata, hints: ArticleHints): CslMetadata {
  const result: CslMetadata = { ...metadata };
  const author = hints.byline?.replace(/^by\s+/i, '').trim();
  if (!result.author && author && !/^https?:\/\//i.test(author)) result.author = [{ literal: author }];
  if (!result.publisher && hints.siteName) result.publisher = hints.siteName;
  if (!result.issued && hints.publishedTime) result.issued = parseCslDate(hints.publishedTime);
  return result;
}
