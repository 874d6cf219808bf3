import { readFileSync, readdirSync } from 'node:fs';
import { EXTRACTOR_VERSIONS } from '../../../../src/core/text/text-definition';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/core/import/extract-document';
import { createSource } from '../../../../src/core/import/create-source';
import { createNodeExtractDeps } from '../../../../src/cli/node-extract-deps';
import { measureAgreement } from '../docx/word-agreement';
import { corpusUrl as corpus } from '../../../support/repo-paths';

const fixtures = new URL('../../../fixtures/html/', import.meta.url);
const deps = createNodeExtractDeps();
const importHtml = (html: string, name = 'page.html') =>
  extractDocument({ name, bytes: new TextEncoder().encode(html) }, deps);

describe('extractDocument: HTML article text', () => {
  const names = readdirSync(new URL('formats/', corpus)).filter((name) => name.endsWith('.html'));

  it('finds the corpus web pages', () => expect(names.length).toBeGreaterThanOrEqual(2));

  for (const name of names) {
    it(`reads the article of ${name} as the same words in the same order as its text`, async () => {
      const bytes = new Uint8Array(readFileSync(new URL(`formats/${name}`, corpus)));
      const doc = await extractDocument({ name, bytes }, deps);
      const reference = readFileSync(new URL(`documents/${name.replace(/\.html$/, '.txt')}`, corpus), 'utf8');
      const { words, pairs } = measureAgreement(doc.text, reference);
      // Boilerplate may go, so precision (every extracted word is the document's, in its order) is the
      // strict measure. Measured on both corpus pages: 1.000 for words and pairs, precision and recall.
      expect(words.precision).toBeGreaterThanOrEqual(0.99);
      expect(pairs.precision).toBeGreaterThanOrEqual(0.98);
      expect(words.recall).toBeGreaterThanOrEqual(0.9);
      expect(words.f1).toBeGreaterThanOrEqual(0.98);
      expect(pairs.f1).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('keeps the article and drops the cookie banner, menu, comment form and footer', async () => {
    const html = `<html><head><title>Story | Paper</title></head><body>
      <div class="cookie-banner"><p>We use cookies. Accept all cookies to continue reading this website.</p></div>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <div id="main"><div class="article-body">
        ${'<p>Councils are planning to hand the delivery of children’s social services to outside organisations, under a scheme funded by the government that asks authorities to rethink how services are run.</p>'.repeat(4)}
        <p>The fund is worth £30m in 2014-15.</p>
      </div></div>
      <div class="comments"><h3>Have your say</h3><p>You must sign in to make a comment.</p><form><textarea></textarea></form></div>
      <footer><p>Copyright 2014 Paper Ltd. All rights reserved.</p></footer></body></html>`;
    const doc = await importHtml(html);
    expect(doc.text).toContain('The fund is worth £30m in 2014-15.');
    expect(doc.text).toMatch(/^Councils are planning/);
    expect(doc.text).not.toMatch(/cookies|Home|Have your say|sign in|Copyright/);
  });

  it('falls back to the whole page when Readability finds no article', async () => {
    const doc = await importHtml(
      '<html><body><nav>Menu</nav><p>Short note.</p><p>Second line.</p></body></html>',
    );
    expect(doc.text).toBe('Short note.\n\nSecond line.');
  });

  it('records the HTML extractor version on the source', async () => {
    const bytes = new TextEncoder().encode('<p>Text</p>');
    const doc = await extractDocument({ name: 'a.html', bytes }, deps);
    const source = await createSource({ name: 'a.html', bytes }, doc, {
      researcherId: 'r',
      now: '2026-01-01T00:00:00Z',
    });
    expect(source.extractorVersion).toBe(EXTRACTOR_VERSIONS.html);
  });
});

describe('extractDocument: HTML metadata', () => {
  it('uses the page’s own tags first and Readability’s byline, site name and date only as fallbacks', async () => {
    const body = `<article><h1>Trusts report</h1><p class="byline">By Jane Reporter</p>${'<p>The department paid £2.9 million and £3.3 million towards set up costs for Doncaster and Slough respectively.</p>'.repeat(4)}</article>`;
    const jsonLd = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Trusts report","datePublished":"2017-12-12T09:00:00Z","publisher":{"@type":"Organization","name":"LGC"},"author":{"@type":"Person","name":"Jane Reporter"}}</script>`;
    const fromHints = await importHtml(
      `<html><head><title>Trusts report - LGC</title>${jsonLd}</head><body>${body}</body></html>`,
    );
    expect(fromHints.metadata).toEqual({
      type: 'webpage',
      title: 'Trusts report',
      author: [{ literal: 'Jane Reporter' }],
      publisher: 'LGC',
      issued: { 'date-parts': [[2017, 12, 12]] },
    });
    const head = `<meta property="og:site_name" content="Local Government Chronicle">
      <meta name="author" content="J. Smith"><meta property="article:published_time" content="2014-10-07">
      <link rel="canonical" href="https://example.org/story">`;
    const fromTags = await importHtml(
      `<html><head><title>T</title>${head}${jsonLd}</head><body>${body}</body></html>`,
    );
    expect(fromTags.metadata).toEqual({
      type: 'webpage',
      title: 'Trusts report',
      author: [{ literal: 'J. Smith' }],
      publisher: 'Local Government Chronicle',
      issued: { 'date-parts': [[2014, 10, 7]] },
      URL: 'https://example.org/story',
    });
  });
});

describe('extractDocument: a hostile page', () => {
  const html = readFileSync(new URL('hostile-page.html', fixtures), 'utf8');

  it('extracts the article text with no script, frame, object or form content, quickly', async () => {
    const started = Date.now();
    const doc = await importHtml(html, 'hostile.html');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(doc.title).toBe('Council budget under pressure');
    expect(doc.text).toContain('savings of £4.2m next year');
    expect(doc.text).toContain("children's services would face the largest reductions");
    expect(doc.text).toContain('restore the grant in full');
    for (const leaked of [
      'SCRIPT-TEXT',
      'window.__hostile',
      'alert(',
      'javascript:',
      'IFRAME-TEXT',
      'OBJECT-FALLBACK-TEXT',
      'SVG-TEXT',
      'FORM-VALUE',
      'COMMENT-FORM-TEXT',
      'NOSCRIPT-TEXT',
      'We use cookies',
      'broken json',
    ]) {
      expect(doc.text).not.toContain(leaked);
    }
    expect(doc.metadata.URL).toBeUndefined();
  });

  it('runs nothing: parsing and extracting execute none of the page’s scripts or handlers', async () => {
    const global = globalThis as { __hostile?: string };
    delete global.__hostile;
    await importHtml(html, 'hostile.html');
    expect(global.__hostile).toBeUndefined();
  });
});
