// Scanned PDFs in real Chromium against the web build: a page with no text is read by OCR in the app
// (tesseract.js in its Web Worker, engine and English data served by the app itself; no request leaves
// it), stored with its page map marking the page as OCR'd; the reader says "Text from OCR" under the page
// and draws a text layer from OCR's words, on which a selection becomes a claim whose card says its text
// came from OCR; with OCR off the same file is refused with a reason, and "Cancel import" stops OCR. No Content-Security-Policy
// violation happens on the way (OCR needs only 'wasm-unsafe-eval').
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { assemblePdfText } from '../../src/core/import/pdf/assemble-pdf-text';
import type { Claim, Source } from '../../src/core/model/records';
import { loadPdfText } from '../../src/cli/pdf/load-pdf';
import { wordAgreement } from '../core/import/pdf/word-agreement';
import { corpusDir } from '../support/repo-paths';
import { WorkbenchPage } from './pages/workbench-page';
import { launchBrowser } from './support/browser';

const scannedPdf = resolve('tests/fixtures/ocr/scanned-003.pdf');
const originalPdf = join(corpusDir, 'formats/003_2795c7b6a19e6f2d.pdf');

type Library = { library: { sources: Source[]; claims: Claim[] } };

describe('scanned PDFs read by OCR', () => {
  let browser: Browser;
  let context: BrowserContext;
  let app: WorkbenchPage;
  const violations: string[] = [];
  const outside: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    // Every request the app makes, workers included, must stay on the app's own origin.
    const base = new URL(inject('baseUrl'));
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === base.origin || url.protocol === 'blob:' || url.protocol === 'data:')
        return route.continue();
      outside.push(url.href);
      return route.abort();
    });
    app = new WorkbenchPage(await context.newPage());
    app.page.on('console', (m) => {
      if (/Content.Security.Policy|CSP violation|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await app.open(inject('baseUrl'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  const exportLibrary = async () => JSON.parse((await app.exportDatabase()).text) as Library;

  it('refuses a scan with OCR off, saying why', async () => {
    await app.page.getByLabel('Read PDF pages by OCR (English)').selectOption('off');
    await app.importDocuments([scannedPdf]);
    await app.notice(/turn OCR on to read scanned pages/).waitFor();
    expect(await app.library.getByRole('listitem').count()).toBe(0);
  });

  it('stops OCR at once on "Cancel import", adding nothing', async () => {
    await app.page.getByLabel('Read PDF pages by OCR (English)').selectOption('on');
    await app.importDocuments([scannedPdf]);
    await app.page.getByText('(OCR: page 0 of 1 read)').waitFor();
    await app.page.getByRole('button', { name: 'Cancel import' }).click();
    await app.notice(/not imported \(the import was cancelled\)/).waitFor();
    expect(await app.library.getByRole('listitem').count()).toBe(0);
  });

  it('imports a scan as the words of the original page, marked as OCR in its page map', async () => {
    await app.importDocuments([scannedPdf]);
    await app.notice(/read by OCR/).waitFor({ timeout: 180_000 });
    const { library } = await exportLibrary();
    const source = library.sources[0]!;
    expect(source.pages).toHaveLength(1);
    expect(source.pages![0]!.ocr!.confidence).toBeGreaterThan(80);
    const original = await loadPdfText(new Uint8Array(readFileSync(originalPdf)), { fileName: 'o.pdf' });
    const expected = assemblePdfText(original.pages.slice(0, 1)).text;
    expect(wordAgreement(source.text, expected).words).toBeGreaterThanOrEqual(0.97);
  }, 200_000);

  it('shows "Text from OCR" on the page, with a text layer of OCR words that takes a claim', async () => {
    await app.library.getByRole('listitem').first().click();
    await app.waitForPdfPages();
    await expect
      .poll(() => app.document.locator('.pdf-page-label').first().textContent())
      .toMatch(/Page 1 · Text from OCR \(mean confidence \d+%\)/);
    expect(await app.document.locator('.textLayer span[data-pdf-item]').count()).toBeGreaterThan(100);
    await app.addClaimOnPdf('private', 'sector', { kind: 'Quote', note: 'read from the scan' });
    const card = app.claimItem('read from the scan');
    await card.waitFor();
    await expect.poll(() => card.locator('.claim-ocr').textContent()).toMatch(/^Text from OCR/);
    const { library } = await exportLibrary();
    const claim = library.claims.find((c) => c.note === 'read from the scan')!;
    expect(claim.target.selector[0].exact).toMatch(/^private.*sector$/s);
    await expect.poll(() => app.document.locator('.pdf-highlight').count()).toBeGreaterThan(0);
    await app.screenshot('ocr-01-claim-on-ocr-page');
  });

  it('made no request outside the app and no CSP violation', () => {
    expect(outside).toEqual([]);
    expect(violations).toEqual([]);
  });
});
