// The briefing in real Chromium against the web build: claims saved on corpus passages, the briefing's
// sections and References in each citation style, Markdown and HTML exports whose every quote is exact
// text of its source, the exported HTML opened on its own as a colleague would (screenshot at 1280x720),
// and a quote whose source text changed listed before export and marked unverified in the file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { listMarkdownQuotes } from '../../src/core/briefing/writers/list-markdown-quotes';
import { corpusDocumentFiles } from '../support/repo-paths';
import { launchBrowser, screenshotDir } from './support/browser';
import { openWorkbench, WorkbenchPage } from './pages/workbench-page';

const corpusFiles = corpusDocumentFiles;
const corpusTexts = corpusFiles.map((f) => readFileSync(f, 'utf8'));
const inCorpus = (quote: string) => corpusTexts.some((text) => text.includes(quote));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The text of a Word XML part: its runs' text, entities read. */
const xmlText = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const figure = (value: string) => async (form: Locator) => {
  await form.getByLabel('Value').fill(value);
  await form.getByLabel('Unit').selectOption('GBP');
};

describe('the briefing', () => {
  let browser: Browser;
  let app: WorkbenchPage;
  let consoleErrors: string[] = [];
  let dialog: Locator;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ app, errors: consoleErrors } = await openWorkbench(browser, inject('baseUrl')));
    await app.importDocuments(corpusFiles);
    await app.library
      .getByRole('button')
      .nth(corpusFiles.length - 1)
      .waitFor();
    // The import opens its first source when it finishes: wait for that, so it cannot land after a test
    // has opened another.
    await app.page
      .getByRole('status', { name: 'Messages' })
      .getByText(/^Imported \d+ documents/)
      .waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('cites claims saved on the NAAS figures, a date, a stance and a quote', async () => {
    // The reader may still show the source opened by the import; wait for this one's text.
    await app.openSource(/^Month: April 2018/);
    await expect.poll(() => app.readerText()).toContain('Month: April 2018');
    await app.addClaim('£11.22m', { kind: 'Figure', fill: figure('11220000') });
    await app.addClaim('£8.52m', { kind: 'Figure', fill: figure('8520000') });
    await app.addClaim('£2.7 m', { kind: 'Figure', fill: figure('2700000') });
    await app.addClaim('October 2014', {
      kind: 'Date',
      fill: async (form) => {
        await form.getByLabel('Start date').fill('2014-10-01');
        await form.getByLabel('End date').fill('2014-10-31');
      },
    });
    await app.openSource(/^4Children/);
    await expect.poll(() => app.readerText()).toContain('National early years and youth service provider');
    await app.addClaim(
      '4Children is “not sure” whether it supports the idea of outsourcing all children’s services',
      {
        kind: 'Stance',
        fill: async (form) => {
          await form.getByLabel('Actor').fill('4Children');
          await form.getByLabel('Position').selectOption('unsure');
          await form.getByLabel('Topic').fill('outsourcing children’s services');
        },
      },
    );
    await app.addClaim('not sure', { kind: 'Quote' });
    await expect.poll(() => app.claimList.getByRole('listitem').count()).toBe(6);
  });

  it('shows the sections, the citations and References in the chosen style', async () => {
    dialog = await app.openBriefing();
    const preview = dialog.locator('.briefing-preview');
    const headings = await preview.getByRole('heading', { level: 2 }).allTextContents();
    for (const name of ['Key figures', 'Timeline', 'Positions', 'Cross-checks', 'Quotes', 'References']) {
      expect(headings).toContain(name);
    }
    expect(await preview.locator('table').first().textContent()).toContain('£8,520,000');
    expect(await preview.locator('.section-timeline').textContent()).toContain('October 2014:');
    expect(await preview.locator('.section-positions td').allTextContents()).toContain('unsure [5]');
    const references = preview.locator('.references li');
    await expect.poll(() => references.count()).toBe(2);
    expect(await references.first().textContent()).toContain('(no date)');

    const styles = await dialog.getByLabel('Citation style').locator('option').allTextContents();
    expect(styles.join(' | ')).toMatch(/Harvard.*APA.*Chicago/);
    await dialog.getByLabel('Citation style').selectOption({ label: 'APA 7th edition' });
    await expect.poll(() => references.first().textContent()).toContain('(n.d.)');
    const formats = dialog.getByLabel('Format').locator('option');
    expect((await formats.allTextContents()).join(' | ')).toMatch(/Markdown.*HTML.*Word.*PDF/);
    // The NAAS answer's figures add up, and the briefing says so with their citations.
    expect(await preview.locator('.section-cross-checks').textContent()).toMatch(
      /£8\.52m and £2\.7 m add up to the £11\.22m total \[\d\]\[\d\]\[\d\]/,
    );
    await app.screenshot('briefing-01-preview');
  });

  it('keeps the researcher’s title, introduction and sections as a saved briefing', async () => {
    await dialog.getByLabel('Title').fill('NAAS: where the money goes');
    await dialog.getByLabel('Introduction').fill('A note for the policy team on NAAS funding.');
    await dialog.getByRole('button', { name: 'Save briefing' }).click();
    await app.notice(/Briefing “NAAS: where the money goes” saved/).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    dialog = await app.openBriefing();
    expect(await dialog.getByLabel('Title').inputValue()).toBe('NAAS: where the money goes');
    const preview = dialog.locator('.briefing-preview');
    expect(await preview.textContent()).toContain('A note for the policy team on NAAS funding.');
    // A section left out is left out of the document too.
    await dialog.getByRole('checkbox', { name: 'Timeline' }).uncheck();
    await expect
      .poll(() => preview.getByRole('heading', { level: 2 }).allTextContents())
      .not.toContain('Timeline');
    await dialog.getByRole('checkbox', { name: 'Timeline' }).check();
  });

  it('exports Markdown whose every quote is exact text of its source', async () => {
    await dialog.getByLabel('Format').selectOption({ label: 'Markdown' });
    const note = await app.downloadText(dialog.getByRole('button', { name: 'Export briefing' }));
    expect(note.name).toBe('briefing.md');
    writeFileSync('test-results/briefing-export.md', note.text);
    const quotes = listMarkdownQuotes(note.text);
    expect(quotes).toHaveLength(6);
    for (const { quote, verified } of quotes) {
      expect(verified).toBe(true);
      expect(inCorpus(quote), quote).toBe(true);
    }
    expect([...note.text.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual([
      'Key figures',
      'Timeline',
      'Positions',
      'Cross-checks',
      'Quotes',
      'References',
    ]);
  });

  it('exports HTML that stands alone, opens each passage, and reads well', async () => {
    await dialog.getByLabel('Format').selectOption({ label: 'HTML' });
    const html = await app.downloadText(dialog.getByRole('button', { name: 'Export briefing' }));
    expect(html.name).toBe('briefing.html');
    mkdirSync(screenshotDir, { recursive: true });
    const file = resolve('test-results/briefing-export.html');
    writeFileSync(file, html.text);
    await dialog.getByRole('button', { name: 'Close' }).click();

    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    const marks = await page.locator('ol.notes mark').allTextContents();
    expect(marks).toHaveLength(6);
    for (const quote of marks) expect(inCorpus(quote), quote).toBe(true);
    expect(await page.locator('script, img, link').count()).toBe(0);
    expect(requests).toEqual([pathToFileURL(file).href]);
    const href = await page.locator('#note-1 a.open-passage').getAttribute('href');
    expect(href).toMatch(/^index\.html#source=[0-9a-f]{64}&start=\d+&end=\d+$/);
    await page.screenshot({ path: `${screenshotDir}/briefing-02-html-export.png` });
    await page.locator('#note-5 summary').click();
    await page.locator('#note-5').scrollIntoViewIfNeeded();
    expect(await page.locator('#note-5 blockquote').textContent()).toContain('4Children is “not sure”');
    await page.screenshot({ path: `${screenshotDir}/briefing-03-html-passage-open.png` });
    await page.close();
  });

  it('exports Word and PDF saying the same, every quote exact text of its source', async () => {
    dialog = await app.openBriefing();
    const quotes = listMarkdownQuotes(readFileSync('test-results/briefing-export.md', 'utf8')).map(
      (q) => q.quote,
    );
    expect(quotes).toHaveLength(6);

    await dialog.getByLabel('Format').selectOption({ label: 'Word' });
    const word = await app.download(dialog.getByRole('button', { name: 'Export briefing' }));
    expect(word.suggestedFilename()).toBe('briefing.docx');
    const parts = unzipSync(new Uint8Array(readFileSync(await word.path())));
    const wordText = ['word/document.xml', 'word/footnotes.xml']
      .map((name) => xmlText(strFromU8(parts[name]!)))
      .join('\n');
    for (const quote of quotes) expect(wordText, quote).toContain(quote);
    expect(wordText).toContain('Key figures');

    await dialog.getByLabel('Format').selectOption({ label: 'PDF' });
    const pdf = await app.download(dialog.getByRole('button', { name: 'Export briefing' }));
    expect(pdf.suggestedFilename()).toBe('briefing.pdf');
    const pdfFile = resolve('test-results/briefing-export.pdf');
    writeFileSync(pdfFile, readFileSync(await pdf.path()));
    const pdfText = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' }));
    // Only line breaks may differ in a PDF's text: whitespace is compared squashed.
    for (const quote of quotes) expect(pdfText, quote).toContain(squash(quote));
    expect(pdfText).toContain('£11.22m');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '70',
      '-f',
      '1',
      '-l',
      '2',
      pdfFile,
      `${screenshotDir}/briefing-05-pdf`,
    ]);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('follows a citation from the preview to its claim in the reader', async () => {
    dialog = await app.openBriefing();
    const note = dialog.locator('.briefing-preview #note-5');
    await note.locator('summary').click();
    await note.getByRole('link', { name: 'Open this passage in the workbench' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const current = app.claimList.locator('[aria-current="true"]');
    await expect.poll(() => current.textContent()).toContain('4Children');
    expect(app.page.url()).not.toContain('#source=');
  });

  it('lists a quote whose source text changed before exporting, and marks it unverified', async () => {
    // Another version of the text, as if the source had been edited: "£8.52m" is no longer in it.
    await app.page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('evidence-workbench');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            // A source's text is stored apart from its record, keyed by the source's id.
            const tx = open.result.transaction(['sources', 'sourceTexts'], 'readwrite');
            const texts = tx.objectStore('sourceTexts');
            const all = tx.objectStore('sources').getAll();
            all.onsuccess = () => {
              for (const source of all.result as { id: string; title: string }[]) {
                if (!source.title.startsWith('Month: April 2018')) continue;
                const read = texts.get(source.id);
                read.onsuccess = () => {
                  const stored = read.result as { id: string; text: string };
                  texts.put({ ...stored, text: stored.text.replace('£8.52m', '£8.25m') });
                };
              }
            };
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    await app.page.reload();
    await app.claimList.getByRole('listitem').first().waitFor();
    dialog = await app.openBriefing();
    await dialog.getByRole('button', { name: 'Export briefing' }).click();
    const confirm = dialog.getByRole('alertdialog', { name: 'Unverified quotes' });
    await confirm.waitFor();
    expect(await confirm.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^\[2\] “£8\.52m” is no longer found exactly in /),
    ]);
    await app.screenshot('briefing-04-unverified-confirm');
    const note = await app.downloadText(confirm.getByRole('button', { name: 'Export anyway' }));
    const quotes = listMarkdownQuotes(note.text);
    expect(quotes.filter((q) => !q.verified).map((q) => q.quote)).toEqual(['£8.52m']);
    expect(note.text).toMatch(/^\[\^2\]: “£8\.52m” — .*\*\*unverified\*\*/m);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('logged no errors in the console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
