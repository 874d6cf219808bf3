// Finds a web page's article with Mozilla Readability, which keeps the story and drops cookie banners,
// comment forms, menus and other boilerplate. Readability mutates the document it reads, so it is given a
// document parsed for it alone. It runs on whatever DOM the host injected (the browser's DOMParser or
// linkedom in Node); it never executes the page's scripts, and the document is never put into a live page.

import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { HtmlDocumentLike, HtmlNodeLike } from '../html-like';

/** What Readability says about the page, used only where the page's own metadata is silent. */
export type ArticleHints = {
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
};

/** `root` is the article's content element, or null when the page has no recognisable article. */
export type FoundArticle = { root: HtmlNodeLike | null; hints: ArticleHints };

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/** Runs Readability on a freshly parsed document that nothing else will use (it is mutated). */
export function findArticle(document: HtmlDocumentLike): FoundArticle {
  const dom = document as unknown as ReadabilityDocument;
  let readerable: boolean;
  let result: ReturnType<Readability<HtmlNodeLike>['parse']>;
  try {
    readerable = isProbablyReaderable(dom);
    result = new Readability<HtmlNodeLike>(dom, {
      // The content element itself rather than its innerHTML: no serialise-and-reparse step whose output
      // could differ between DOM implementations.
      serializer: (node) => node as unknown as HtmlNodeLike,
    }).parse();
  } catch {
    // Readability assumes a well-formed document; on one it cannot walk, the whole-page text is used.
    return { root: null, hints: {} };
  }
  if (!result) return { root: null, hints: {} };
  const hints: ArticleHints = {};
  const set = (key: keyof ArticleHints, value: string | null | undefined) => {
    const trimmed = value?.replace(/[ \t\n\f\r]+/g, ' ').trim();
    if (trimmed) hints[key] = trimmed;
  };
  set('title', result.title);
  set('byline', result.byline);
  set('siteName', result.siteName);
  set('publishedTime', result.publishedTime);
  return { root: readerable ? (result.content ?? null) : null, hints };
}
