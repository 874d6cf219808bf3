// Search in real Chromium against the web build: the header's "Search" box finds "profit" across the
// corpus (the index built in a worker from the library), results are passages grouped by source with the
// word marked, and choosing one opens the reader with that passage selected and in view. "Find in
// document" (Ctrl+F, or its button) marks every hit in a text source and on a PDF's pages, counts them
// ("1 of N", N as core's findInText counts in the stored text) and steps with Enter, Shift+Enter and the
// Next and Previous buttons.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadPdfText } from '../../src/cli/pdf/load-pdf';
import { extractDocument, type DomParser } from '../../src/core/import/extract-document';
import { findInText } from '../../src/core/search/find-in-text';
import { corpusDir } from '../support/repo-paths';
import { openWorkbench, type WorkbenchPage } from './pages/workbench-page';
import { launchBrowser } from './support/browser';

const textFiles = [
  '000_38c8a26222ede8aa',
  '001_1e5035609ec9f0e3',
  '002_f51d64f123fd7464',
  '004_095d6f8d55d7aa2e',
].map((name) => join(corpusDir, 'documents', `${name}.txt`));
const pdfFile = join(corpusDir, 'formats/003_2795c7b6a19e6f2d.pdf');
const naas = textFiles[1]!;

/** What the app stores for a file: core's extraction, with pdf.js in Node for a PDF (as the CLI). */
function extractInNode(path: string) {
  return extractDocument(
    { name: basename(path), bytes: new Uint8Array(readFileSync(path)) },
    {
      parseHtml: (() => {
        throw new Error('no HTML here');
      }) as unknown as DomParser,
      loadPdf: (bytes, fileName) => loadPdfText(bytes, { fileName: fileName ?? 'file.pdf', workers: 1 }),
    },
  );
}

describe('search', () => {
  let browser: Browser;
  let app: WorkbenchPage;
  const errors: string[] = [];
  let pdfText = '';
  let pdfTitle = '';

  let naasTitle = '';

  beforeAll(async () => {
    const pdf = await extractInNode(pdfFile);
    pdfText = pdf.text;
    pdfTitle = pdf.title;
    naasTitle = (await extractInNode(naas)).title;
    browser = await launchBrowser();
    const session = await openWorkbench(browser, inject('baseUrl'));
    app = session.app;
    app.page.on('pageerror', (e) => errors.push(e.message));
    await app.importDocuments([...textFiles, pdfFile]);
    await app.sourceButton(pdfTitle).waitFor();
    await app.sourceButton(naasTitle).waitFor();
    // The import opens its first source when it finishes; wait for that before opening others.
    await app.page
      .getByRole('status', { name: 'Messages' })
      .getByText(/^Imported \d+ documents/)
      .waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds "profit" across the corpus and opens the reader at the passage chosen', async () => {
    await app.search('profit');
    const results = app.searchResults;
    const hits = results.getByRole('list', { name: 'Passages' }).getByRole('button');
    expect(await hits.count()).toBeGreaterThanOrEqual(3);
    // Every shown passage has the word marked; the PDF is among the sources found.
    const marked = await results.locator('.search-groups mark').allTextContents();
    expect(marked.length).toBeGreaterThanOrEqual(3);
    for (const m of marked) expect(m.toLowerCase()).toMatch(/^profit/);
    const titles = await results.locator('.search-group-title').allTextContents();
    expect(titles.some((t) => t.startsWith(pdfTitle))).toBe(true);
    await app.screenshot('search-01-results');

    // A passage of the NAAS post: the reader opens it with the passage selected.
    const group = results.locator('.search-group').filter({ hasText: naasTitle });
    const hit = group.getByRole('button').last();
    const snippet = ((await hit.textContent()) ?? '').replace(/^… | …$/g, '');
    await hit.click();
    await expect.poll(() => app.document.locator('.reader-title').textContent()).toBe(naasTitle);
    await expect.poll(() => app.pendingText()).toContain(snippet);
    expect((await app.pendingText()).toLowerCase()).toContain('profit');
    await expect
      .poll(() =>
        app.expectInView(app.document.locator('.highlight-pending').first()).then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
    // The results stay beside the reader.
    await expect.poll(() => results.isVisible()).toBe(true);
    await app.screenshot('search-02-opened');
  });

  it('keeps quoted phrases exact, and filters by format', async () => {
    await app.search('"a profit"');
    const phraseMarks = await app.searchResults.locator('mark').allTextContents();
    expect(phraseMarks.length).toBeGreaterThanOrEqual(1);
    for (const m of phraseMarks) expect(m.toLowerCase().replace(/\s+/g, ' ')).toBe('a profit');
    await app.searchResults.getByRole('combobox', { name: 'Search in format' }).selectOption('pdf');
    await app.search('profit');
    const titles = await app.searchResults.locator('.search-group-title').allTextContents();
    expect(titles.length).toBe(1);
    expect(titles[0]).toContain('PDF');
    await app.searchResults.getByRole('combobox', { name: 'Search in format' }).selectOption('all');
  });

  it('finds a claim by its note and tag as soon as it is saved, and opens it in the reader', async () => {
    await app.openSource(naasTitle);
    await app.addClaim('shareholder profits', {
      kind: 'Quote',
      tags: ['Outsourcing'],
      note: 'Compare with the filed accounts of the providers.',
    });
    await app.page.getByRole('searchbox', { name: 'Search' }).fill('');
    await app.search('filed accounts');
    const claims = app.searchResults.getByRole('list', { name: 'Matching claims' }).getByRole('button');
    await expect.poll(() => claims.count()).toBe(1);
    expect(await claims.first().locator('mark').allTextContents()).toEqual(['filed', 'accounts']);
    await app.search('outsourcing');
    await expect
      .poll(() =>
        app.searchResults
          .getByRole('list', { name: 'Matching claims' })
          .locator('.search-field')
          .allTextContents(),
      )
      .toEqual(['Tags']);
    await app.searchResults
      .getByRole('list', { name: 'Matching claims' })
      .getByRole('button')
      .first()
      .click();
    await expect
      .poll(() =>
        app.document
          .locator('mark.highlight-selected')
          .allTextContents()
          .then((t) => t.join('')),
      )
      .toBe('shareholder profits');
    await app.screenshot('search-05-claim');
  });

  it('finds in a text document with a count, next and previous', async () => {
    const total = findInText(readFileSync(naas, 'utf8'), 'profit').length;
    expect(total).toBe(2);
    await app.openSource(naasTitle);
    await app.document.locator('.reader-scroll').focus();
    await app.page.keyboard.press('Control+f');
    const input = app.document.getByRole('textbox', { name: 'Find in document' });
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill('profit');
    await expect.poll(() => app.findCount().textContent()).toBe(`1 of ${total}`);
    expect(await app.document.locator('mark.find-hit').count()).toBeGreaterThanOrEqual(total);
    const current = app.document.locator('mark.find-current');
    expect((await current.allTextContents()).join('').toLowerCase()).toBe('profit');
    await input.press('Enter');
    await expect.poll(() => app.findCount().textContent()).toBe(`2 of ${total}`);
    await app.expectInView(current.first());
    await app.screenshot('search-03-find-text');
    await input.press('Shift+Enter');
    await expect.poll(() => app.findCount().textContent()).toBe(`1 of ${total}`);
    await input.press('Shift+Enter');
    await expect.poll(() => app.findCount().textContent()).toBe(`${total} of ${total}`);
    await app.document.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => app.findCount().textContent()).toBe(`1 of ${total}`);
    await input.press('Escape');
    await expect.poll(() => app.document.locator('mark.find-hit').count()).toBe(0);
  });

  it('finds on the pages of a PDF with a count, next and previous', async () => {
    const total = findInText(pdfText, 'profit').length;
    expect(total).toBeGreaterThan(1);
    await app.openSource(pdfTitle);
    await app.waitForPdfPages();
    await app.document.getByRole('button', { name: 'Find in document' }).click();
    const input = app.document.getByRole('textbox', { name: 'Find in document' });
    await input.fill('profit');
    await expect.poll(() => app.findCount().textContent()).toBe(`1 of ${total}`);
    const current = app.document.locator('.pdf-find-current');
    await current.first().waitFor();
    await app.expectInView(current.first());
    await app.document.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => app.findCount().textContent()).toBe(`2 of ${total}`);
    await app.document.getByRole('button', { name: 'Previous' }).click();
    await app.document.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => app.findCount().textContent()).toBe(`${total} of ${total}`);
    await current.first().waitFor();
    await expect
      .poll(() =>
        app.expectInView(current.first()).then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
    await app.screenshot('search-04-find-pdf');
    expect(errors).toEqual([]);
  });
});
