// PDF sources in real Chromium against the web build: imported with pdf.js in its worker, storing exactly
// the text the CLI's extractor gives; shown as drawn pages with pdf.js's text layer; a selection on the page
// (also across a page break) becomes a claim whose quote is the stored text, highlighted on the page and
// there again after a reload; an encrypted PDF asks for its password; damaged files are refused with a
// clear message; a PDF from a bundle without its bytes is shown as text with a note; and no
// Content-Security-Policy violation happens on the way.
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { extractDocument, type DomParser } from '../../src/core/import/extract-document';
import type { Claim, Source } from '../../src/core/model/records';
import { loadPdfText } from '../../src/cli/pdf/load-pdf';
import { WorkbenchPage } from './pages/workbench-page';
import { corpusDir } from '../support/repo-paths';
import { launchBrowser } from './support/browser';

const corpusPdf = join(corpusDir, 'formats/001_1e5035609ec9f0e3.pdf');
const fixtures = resolve('tests/fixtures/pdf');
const reportPdf = join(fixtures, 'report.pdf');
const viewport = { width: 1280, height: 720 };

/** The CLI's extraction (pdf.js worker threads in Node, then core): what the app must store. */
async function extractInNode(path: string) {
  return extractDocument(
    { name: basename(path), bytes: new Uint8Array(readFileSync(path)) },
    {
      parseHtml: ((html: string) => parseHTML(html).document) as unknown as DomParser,
      loadPdf: (bytes, fileName) => loadPdfText(bytes, { fileName: fileName ?? 'file.pdf', workers: 1 }),
    },
  );
}

type Library = { library: { sources: Source[]; claims: Claim[] } };

describe('PDF sources', () => {
  let browser: Browser;
  let context: BrowserContext;
  let app: WorkbenchPage;
  const consoleErrors: string[] = [];
  const violations: string[] = [];
  const expected = new Map<string, { title: string; text: string }>();

  beforeAll(async () => {
    for (const path of [corpusPdf, reportPdf]) expected.set(path, await extractInNode(path));
    browser = await launchBrowser();
    context = await browser.newContext({ viewport, acceptDownloads: true });
    // Violations in the page are events; in workers they reach the console only.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(
          `CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        ),
      );
    });
    app = new WorkbenchPage(await context.newPage());
    app.page.on('console', (m) => {
      if (/Content.Security.Policy|CSP violation|Refused to/i.test(m.text())) violations.push(m.text());
      else if (m.type() === 'error') consoleErrors.push(m.text());
    });
    app.page.on('pageerror', (e) => consoleErrors.push(e.message));
    await app.open(inject('baseUrl'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  const titleOf = (path: string) => expected.get(path)!.title;
  const sourceCount = () => app.library.getByRole('listitem').count();
  const exportLibrary = async () => JSON.parse((await app.exportDatabase()).text) as Library;
  const highlights = (claimId?: string) =>
    app.document.locator(claimId ? `.pdf-highlight[data-claim-id="${claimId}"]` : '.pdf-highlight');

  it('imports PDFs storing exactly the text `evidence extract` gives, and keeps their page maps', async () => {
    await app.importDocuments([corpusPdf, reportPdf]);
    await app.notice('Imported 2 documents.').waitFor();
    expect(await sourceCount()).toBe(2);
    const { library } = await exportLibrary();
    for (const path of [corpusPdf, reportPdf]) {
      const source = library.sources.find((s) => s.fileName === basename(path));
      const node = expected.get(path)!;
      expect(source?.title).toBe(node.title);
      expect(source?.text).toBe(node.text);
      expect(source?.pages).toEqual((await extractInNode(path)).pages);
    }
  });

  it('shows the pages drawn, with a text layer and each page’s label', async () => {
    await app.openSource(titleOf(corpusPdf));
    await app.waitForPdfPages();
    const frames = app.document.locator('.pdf-page-frame');
    expect(await frames.count()).toBe(4);
    expect(await frames.locator('.pdf-page-label').allTextContents()).toEqual([
      'Page 1',
      'Page 2',
      'Page 3',
      'Page 4',
    ]);
    // The first page's canvas has ink on it, and fills the page at the screen's pixel density.
    const canvas = await app.page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('.pdf-page canvas')!;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 && data[i + 3]! > 0) ink += 1;
      const box = c.getBoundingClientRect();
      return { ink, width: c.width, cssWidth: box.width, pane: c.closest('.reader-scroll')!.clientWidth };
    });
    expect(canvas.ink).toBeGreaterThan(1000);
    expect(canvas.width).toBeGreaterThanOrEqual(Math.floor(canvas.cssWidth));
    // Fitted to the pane's width, never overflowing it.
    expect(canvas.cssWidth).toBeLessThanOrEqual(canvas.pane);
    expect(canvas.cssWidth).toBeGreaterThan(canvas.pane * 0.8);
    // The text layer lies over the page: its spans are inside the page's box.
    const inside = await app.page.evaluate(() => {
      const page = document.querySelector('.pdf-page')!.getBoundingClientRect();
      const spans = [...document.querySelectorAll('.pdf-page .textLayer span[data-pdf-item]')].slice(0, 40);
      return spans.every((s) => {
        const r = s.getBoundingClientRect();
        return r.left >= page.left - 1 && r.right <= page.right + 1 && r.top >= page.top - 1;
      });
    });
    expect(inside).toBe(true);
    await app.screenshot('pdf-01-pages');
  });

  it('saves a Figure claim selected on the page, highlighted there on the figure', async () => {
    await app.addClaimOnPdf('£8.52m', '£8.52m', {
      kind: 'Figure',
      note: 'NAAS money to the private sector',
      fill: async (form) => {
        await form.getByLabel('Value').fill('8520000');
        await form.getByLabel('Unit').selectOption('GBP');
      },
    });
    await app.claimItem('NAAS money to the private sector').waitFor();
    await expect.poll(() => highlights().count()).toBeGreaterThan(0);
    // The highlight sits on the figure's glyphs: the text-layer text under its centre is the figure.
    const under = await app.page.evaluate(() => {
      const mark = document.querySelector('.pdf-highlight')!.getBoundingClientRect();
      const y = mark.top + mark.height / 2;
      const spans = [...document.querySelectorAll('.textLayer span[data-pdf-item]')];
      const span = spans.find((s) => {
        const r = s.getBoundingClientRect();
        return r.top <= y && r.bottom >= y && r.left <= mark.left + 2 && r.right >= mark.right - 2;
      });
      return { text: span?.textContent ?? '', width: mark.width };
    });
    expect(under.text).toContain('£8.52m');
    expect(under.width).toBeGreaterThan(10);
    const { library } = await exportLibrary();
    const claim = library.claims.find((c) => c.note === 'NAAS money to the private sector');
    expect(claim?.target.selector[0].exact).toBe('£8.52m');
    expect(claim?.target.page).toBe(0);
    await app.screenshot('pdf-02-figure-claim');
  });

  it('picks a claim by clicking its highlight on the page', async () => {
    await app.page.getByRole('heading', { name: 'Evidence workbench' }).click();
    const box = (await highlights().first().boundingBox())!;
    await app.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => app.claimItem('NAAS money').getAttribute('aria-current')).toBe('true');
    await expect.poll(() => highlights().first().getAttribute('class')).toContain('pdf-highlight-selected');
  });

  /** The figure claim's highlight beside the glyphs of "£8.52m" in the text layer, as measured on screen. */
  const measureFigure = () =>
    app.page.evaluate(() => {
      const mark = document.querySelector('.pdf-highlight')!.getBoundingClientRect();
      const span = [...document.querySelectorAll('.textLayer span[data-pdf-item]')].find((s) =>
        s.textContent?.includes('£8.52m'),
      )!;
      const node = span.firstChild!;
      const range = document.createRange();
      const at = node.textContent!.indexOf('£8.52m');
      range.setStart(node, at);
      range.setEnd(node, at + '£8.52m'.length);
      const glyphs = range.getBoundingClientRect();
      const page = document.querySelector('.pdf-page')!.getBoundingClientRect();
      return {
        mark: { left: mark.left, top: mark.top, width: mark.width, height: mark.height },
        glyphs: { left: glyphs.left, top: glyphs.top, width: glyphs.width, height: glyphs.height },
        pageWidth: page.width,
      };
    });
  const zoomShown = () => app.document.locator('output[aria-label="Zoom"]').textContent();

  it('zooms in, out and back to the pane’s width, the highlight staying on its text', async () => {
    const toolbar = app.document.getByRole('group', { name: 'Page view' });
    await app.document.locator('.pdf-highlight').first().scrollIntoViewIfNeeded();
    const fitted = await measureFigure();
    const fittedZoom = Number.parseInt((await zoomShown()) ?? '', 10);
    expect(fittedZoom).toBeGreaterThan(50);
    expect(fitted.pageWidth).toBeGreaterThan(400);

    const expectAligned = (m: Awaited<ReturnType<typeof measureFigure>>) => {
      expect(Math.abs(m.mark.left - m.glyphs.left)).toBeLessThan(2);
      expect(Math.abs(m.mark.top - m.glyphs.top)).toBeLessThan(2);
      expect(Math.abs(m.mark.width - m.glyphs.width)).toBeLessThan(2);
      expect(m.mark.width).toBeGreaterThan(5);
    };
    expectAligned(fitted);

    await toolbar.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect.poll(async () => Number.parseInt((await zoomShown()) ?? '', 10)).toBeGreaterThan(fittedZoom);
    await expect.poll(async () => (await measureFigure()).pageWidth).toBeGreaterThan(fitted.pageWidth * 1.05);
    await app.document.locator('.pdf-highlight').first().scrollIntoViewIfNeeded();
    const zoomed = await measureFigure();
    expect(zoomed.mark.width).toBeGreaterThan(fitted.mark.width * 1.05);
    expectAligned(zoomed);
    await app.screenshot('pdf-02b-zoomed-in');

    await toolbar.getByRole('button', { name: 'Zoom out', exact: true }).click();
    await toolbar.getByRole('button', { name: 'Zoom out', exact: true }).click();
    await expect.poll(async () => (await measureFigure()).pageWidth).toBeLessThan(fitted.pageWidth * 0.95);
    await app.document.locator('.pdf-highlight').first().scrollIntoViewIfNeeded();
    const smaller = await measureFigure();
    expectAligned(smaller);
    await app.screenshot('pdf-02c-zoomed-out');

    await toolbar.getByRole('button', { name: 'Fit width', exact: true }).click();
    await expect.poll(zoomShown).toBe(`${fittedZoom}%`);
    await expect.poll(async () => (await measureFigure()).pageWidth).toBeCloseTo(fitted.pageWidth, 0);
    expectAligned(await measureFigure());
  });

  it('keeps the same page in view when zooming', async () => {
    await app.scrollToPdfPage(2);
    await app.page.evaluate(() => {
      const frame = document.querySelector<HTMLElement>('[data-page-index="2"]')!;
      const scroller = frame.closest('.reader-scroll')!;
      scroller.scrollTop += frame.getBoundingClientRect().top - scroller.getBoundingClientRect().top + 100;
    });
    const pageAtTop = () =>
      app.page.evaluate(() => {
        const top = document.querySelector('.reader-scroll')!.getBoundingClientRect().top;
        const frames = [...document.querySelectorAll<HTMLElement>('[data-page-index]')];
        return frames.find((f) => f.getBoundingClientRect().bottom > top)?.dataset['pageIndex'];
      });
    expect(await pageAtTop()).toBe('2');
    const toolbar = app.document.getByRole('group', { name: 'Page view' });
    await toolbar.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await toolbar.getByRole('button', { name: 'Zoom in', exact: true }).click();
    expect(await pageAtTop()).toBe('2');
    await toolbar.getByRole('button', { name: 'Zoom out', exact: true }).click();
    expect(await pageAtTop()).toBe('2');
    await toolbar.getByRole('button', { name: 'Fit width', exact: true }).click();
    expect(await pageAtTop()).toBe('2');
  });

  it('goes to a page typed in "Go to page", and says when there is no such page', async () => {
    const field = app.document.getByLabel('Go to page');
    await field.fill('4');
    await field.press('Enter');
    const frameTop = () =>
      app.page.evaluate(() => {
        const frame = document.querySelector('[data-page-index="3"]')!.getBoundingClientRect();
        const pane = document.querySelector('.reader-scroll')!.getBoundingClientRect();
        return { offset: frame.top - pane.top, inView: frame.top < pane.bottom && frame.bottom > pane.top };
      });
    await expect.poll(async () => (await frameTop()).inView).toBe(true);
    expect(Math.abs((await frameTop()).offset)).toBeLessThan(80);
    await app.scrollToPdfPage(3);
    await app.screenshot('pdf-02d-go-to-page');

    await field.fill('9');
    await field.press('Enter');
    await app.document
      .getByRole('alert')
      .getByText('There is no page 9 in this PDF: it has pages 1 to 4.')
      .waitFor();
    await app.screenshot('pdf-02e-no-such-page');
    await field.fill('1');
    await field.press('Enter');
    expect(await app.document.getByRole('alert').count()).toBe(0);
  });

  it('saves a Quote claim selected across a page break, without the footer and running header between', async () => {
    await app.openSource(titleOf(reportPdf));
    await app.waitForPdfPages();
    await app.scrollToPdfPage(1);
    // The page shows the ligatures the PDF draws ("ﬁ", "ﬀ"); the stored text has them expanded. Between the
    // two parts the page shows page 1's footer ("Page 1") and page 2's header ("… Working paper B").
    await app.addClaimOnPdf('In 2014', 'the well-known \uFB01gure a\uFB00ected', {
      kind: 'Quote',
      note: 'Runs over the page break',
    });
    const text = expected.get(reportPdf)!.text;
    const quote = 'In 2014 the well-known figure affected';
    const start = text.indexOf(quote);
    const { library } = await exportLibrary();
    const claim = library.claims.find((c) => c.note === 'Runs over the page break')!;
    expect(claim.target.selector[0].exact).toBe(quote);
    expect(claim.target.selector[1]).toMatchObject({ start, end: start + quote.length });
    expect(claim.target.page).toBe(0);
    // Highlighted on both pages.
    for (const page of [0, 1]) {
      await expect
        .poll(() => app.document.locator(`[data-page-index="${page}"] .pdf-highlight`).count())
        .toBeGreaterThan(0);
    }
    // The page break in view: the passage's end on page 1 and its start on page 2, both highlighted.
    await app.page.evaluate(() => {
      const frame = document.querySelector('[data-page-index="1"]')!;
      const scroller = frame.closest('.reader-scroll')!;
      scroller.scrollTop += frame.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 300;
    });
    await app.screenshot('pdf-03-across-page-break');
  });

  it('leaves out a running header or footer where a selection ends or starts in one', async () => {
    await app.scrollToPdfPage(1);
    // Dragged from page 1's last words on into page 2's running header.
    await app.addClaimOnPdf('In 2014', 'Working paper B', { kind: 'Quote', note: 'Into the header' });
    // Dragged from page 1's footer into page 2's first words.
    await app.addClaimOnPdf('Page 1', 'the well-known', { kind: 'Quote', note: 'From the footer' });
    const { library } = await exportLibrary();
    const quoteOf = (note: string) => library.claims.find((c) => c.note === note)?.target.selector[0].exact;
    expect(quoteOf('Into the header')).toBe('In 2014');
    expect(quoteOf('From the footer')).toBe('the well-known');
  });

  it('shows the highlights again after a reload', async () => {
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Evidence workbench' }).waitFor();
    await app.waitForPdfPages();
    await app.scrollToPdfPage(1);
    for (const page of [0, 1]) {
      await expect
        .poll(() => app.document.locator(`[data-page-index="${page}"] .pdf-highlight`).count())
        .toBeGreaterThan(0);
    }
    await app.openSource(titleOf(corpusPdf));
    await app.waitForPdfPages();
    await expect.poll(() => highlights().count()).toBeGreaterThan(0);
    await app.screenshot('pdf-04-after-reload');
  });

  it('asks for an encrypted PDF’s password, says when it is wrong, and imports it with the right one', async () => {
    const before = await sourceCount();
    await app.importDocuments([join(fixtures, 'encrypted.pdf')]);
    const dialog = app.page.getByRole('dialog', { name: 'Password needed' });
    await dialog.getByLabel('Password').fill('guess');
    await dialog.getByRole('button', { name: 'Open' }).click();
    await dialog.getByText('That password is not right').waitFor();
    await app.screenshot('pdf-05-wrong-password');
    await dialog.getByLabel('Password').fill('open-sesame');
    await dialog.getByRole('button', { name: 'Open' }).click();
    await app.notice('Imported 1 document.').waitFor();
    expect(await sourceCount()).toBe(before + 1);

    // The password is never stored: the reader shows the text and asks again to draw the pages.
    const ask = app.document.getByRole('form', { name: 'Show PDF pages' });
    await ask.getByText('This PDF is encrypted').waitFor();
    await ask.getByLabel('PDF password').fill('guess');
    await ask.getByRole('button', { name: 'Show pages' }).click();
    await ask.getByText('That password is not right').waitFor();
    await ask.getByLabel('PDF password').fill('open-sesame');
    await ask.getByRole('button', { name: 'Show pages' }).click();
    await app.waitForPdfPages();
    await app.screenshot('pdf-05b-encrypted-pages');
  });

  it('refuses a corrupt and a truncated PDF with a clear message, leaving the library as it was', async () => {
    const before = await sourceCount();
    const cases: [string, RegExp][] = [
      ['corrupt.pdf', /"corrupt\.pdf" (is damaged or is not a PDF|could not be read as a PDF)/],
      ['truncated.pdf', /"truncated\.pdf" (is damaged or is not a PDF|could not be read as a PDF)/],
    ];
    for (const [name, message] of cases) {
      await app.page.getByRole('button', { name: 'Import documents' }).waitFor();
      const started = Date.now();
      await app.importDocuments([join(fixtures, name)]);
      await app.page.getByRole('alert', { name: 'Errors' }).getByText(message).waitFor();
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(await sourceCount()).toBe(before);
    }
    await app.screenshot('pdf-06-bad-pdfs');
  });

  it('shows a PDF from a bundle without its bytes as text, saying why', async () => {
    const bundle = await app.exportDatabase();
    const fresh = await browser.newContext({ viewport, acceptDownloads: true });
    const other = new WorkbenchPage(await fresh.newPage());
    await other.open(inject('baseUrl'));
    await other.importDatabase({
      name: bundle.name,
      mimeType: 'application/json',
      buffer: Buffer.from(bundle.text),
    });
    await other.sourceButton(titleOf(reportPdf)).click();
    await other.document.getByText('Original PDF not in this library; showing its text').waitFor();
    expect(await other.readerText()).toContain(expected.get(reportPdf)!.text.slice(0, 200));
    // Its claims are drawn where they are in the text: "Show" brings one into view, highlighted.
    await other.claimList.getByRole('button', { name: 'Show' }).first().click();
    await expect.poll(() => other.document.locator('mark.highlight').count()).toBeGreaterThan(0);
    await other.screenshot('pdf-07-no-original');
    await fresh.close();
  });

  it('broke no Content-Security-Policy rule and logged no errors', () => {
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
