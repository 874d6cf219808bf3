// The HTML text definition, version 3: the text of a web page is the text of the article Readability finds
// (see find-article.ts), serialised by the one block-aware definition in html-text.ts; a page with no
// recognisable article, or too big or deep for Readability's budget (html-budget.ts), is read whole by
// that definition. A page over the memory budget is refused before it is parsed. Title and citation
// metadata come from the page's own tags (html-metadata.ts), with Readability's byline, site name and
// published time as fallbacks. Only text and metadata leave this module, never HTML: nothing the page contains
// (scripts, handlers, javascript: URLs) is stored, so nothing from it can run when a source is shown.

import { findArticle, type ArticleHints, type FoundArticle } from './find-article';
import { checkMarkupBudget, checkNestingBudget, fitsArticleFinding } from './html-budget';
import { extractHtmlText, extractNodeText } from '../html-text';
import { parseCslDate, readHtmlMetadata } from '../html-metadata';
import type { DomParser } from '../html-like';
import type { CslMetadata } from '../../model/records';

/** `titles`: the page's title candidates in order (see readHtmlMetadata), then Readability's. */
export type ExtractedHtml = { titles: (string | null)[]; text: string; metadata: CslMetadata };

/**
 * Text, title and metadata of an HTML page, within the memory budget (html-budget.ts). The page is parsed
 * once: its metadata and whole-page text are read first, because Readability then mutates it.
 */
export function extractHtml(fileName: string, html: string, parseHtml: DomParser): ExtractedHtml {
  const markupNodes = checkMarkupBudget(fileName, html);
  const page = parseHtml(html);
  const depth = checkNestingBudget(fileName, page);
  const found = readHtmlMetadata(page);
  const pageText = extractHtmlText(page);
  const { root, hints } = fitsArticleFinding(markupNodes, depth) ? findArticle(page) : NO_ARTICLE;
  const articleText = root ? extractNodeText(root) : '';
  const text = articleText.trim() ? articleText : pageText;
  const metadata = addHints(found.metadata, hints);
  return { titles: [...found.titles, hints.title ?? null], text, metadata };
}

const NO_ARTICLE: FoundArticle = { root: null, hints: {} };

function addHints(metadata: CslMetadata, hints: ArticleHints): CslMetadata {
  const result: CslMetadata = { ...metadata };
  const author = hints.byline?.replace(/^by\s+/i, '').trim();
  if (!result.author && author && !/^https?:\/\//i.test(author)) result.author = [{ literal: author }];
  if (!result.publisher && hints.siteName) result.publisher = hints.siteName;
  if (!result.issued && hints.publishedTime) result.issued = parseCslDate(hints.publishedTime);
  return result;
}
