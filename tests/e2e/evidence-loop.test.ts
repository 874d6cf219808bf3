// The whole evidence loop in real Chromium against the web build: import the corpus, save tagged claims,
// reload, brief with verbatim citations, export the database and import it into a fresh profile.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { corpusDocumentFiles } from '../support/repo-paths';
import { launchBrowser } from './support/browser';
import { openWorkbench, VIEWPORT, WorkbenchPage } from './pages/workbench-page';
import { listMarkdownQuotes } from '../../src/core/briefing/writers/list-markdown-quotes';

const corpusFiles = corpusDocumentFiles;
const corpusTexts = corpusFiles.map((f) => readFileSync(f, 'utf8'));

describe('the evidence loop', () => {
  let browser: Browser;
  let app: WorkbenchPage;
  let consoleErrors: string[] = [];
  let exportedDatabase = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ app, errors: consoleErrors } = await openWorkbench(browser, inject('baseUrl')));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('imports the five corpus documents once, however often they are imported', async () => {
    await app.screenshot('01-empty-library');
    await app.importDocuments(corpusFiles);
    // Five documents take a few seconds to import on a busy machine: wait for them, not for a second.
    await expect
      .poll(() => app.library.getByRole('button').count(), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(5);
    await app.importDocuments(corpusFiles.slice(0, 2));
    await app.page
      .getByText(/already in the library/)
      .first()
      .waitFor();
    const titles = await app.library.getByRole('button').allTextContents();
    expect(titles.filter((t) => /Month: April 2018/.test(t))).toHaveLength(1);
    await app.screenshot('02-library-imported');
  });

  it('imports a file dropped on the window', async () => {
    await app.dropFile(
      'dropped-note.txt',
      'Dropped note\n\nThe council spent £1.2m on agency staff in 2019.\n',
    );
    await app.sourceButton(/^Dropped note/).waitFor();
    await app.openSource(/^Dropped note/);
    expect(await app.readerText()).toContain('£1.2m on agency staff');
  });

  it('saves a tagged Figure claim on "£8.52m" and a Stance claim, highlighted in the text', async () => {
    await app.openSource(/^Month: April 2018/);
    await app.addClaim('£8.52m', {
      kind: 'Figure',
      tags: ['funding', 'NAAS'],
      note: 'Share of the NAAS money going to the private sector.',
      fill: async (form) => {
        await form.getByLabel('Value').fill('8520000');
        await form.getByLabel('Unit').selectOption('GBP');
      },
    });
    await app.openSource(/^4Children/);
    await app.addClaim(
      '4Children is “not sure” whether it supports the idea of outsourcing all children’s services',
      {
        kind: 'Stance',
        tags: ['outsourcing'],
        note: 'Undecided on outsourcing.',
        fill: async (form) => {
          await form.getByLabel('Actor').fill('4Children');
          await form.getByLabel('Position').selectOption('unsure');
          await form.getByLabel('Topic').fill('outsourcing children’s services');
        },
      },
    );
    await expect.poll(() => app.claimList.getByRole('listitem').count()).toBe(2);
    const mark = app.document.locator('mark.highlight');
    await expect.poll(() => mark.first().textContent()).toContain('4Children is “not sure”');
    await app.screenshot('03-claims-saved');

    await mark.first().click();
    await expect.poll(() => app.claimItem('not sure').getAttribute('aria-current')).toBe('true');
  });

  it('filters claims by kind and tag, and undoes a delete', async () => {
    await app.claims.getByLabel('Filter by kind').selectOption('figure');
    await expect.poll(() => app.claimList.getByRole('listitem').count()).toBe(1);
    await app.claims.getByLabel('Filter by kind').selectOption({ index: 0 });
    await app.claims.getByLabel('Filter by tag').selectOption({ label: 'outsourcing' });
    await expect.poll(() => app.claimList.getByRole('listitem').count()).toBe(1);
    await app.claims.getByLabel('Filter by tag').selectOption({ index: 0 });

    await app.claimItem('£8.52m').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => app.claimList.getByRole('listitem').count()).toBe(1);
    await app.screenshot('04-deleted-with-undo');
    await app.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => app.claimList.getByRole('listitem').count()).toBe(2);
  });

  it('keeps everything across a reload', async () => {
    await app.page.reload();
    await app.claimList.getByRole('listitem').first().waitFor();
    expect(await app.claimList.getByRole('listitem').count()).toBe(2);
    await expect.poll(() => app.library.getByRole('button').count()).toBeGreaterThanOrEqual(6);
    await expect(app.claimItem('£8.52m').textContent()).resolves.toContain('funding');
    await app.screenshot('05-after-reload');
  });

  it('generates a briefing whose every quoted passage is exact text of its source', async () => {
    const dialog = await app.openBriefing();
    await app.screenshot('06-briefing');
    const note = await app.downloadText(dialog.getByRole('button', { name: 'Export briefing' }));
    expect(note.name).toMatch(/\.md$/);
    writeFileSync('test-results/briefing.md', note.text);
    const quotes = listMarkdownQuotes(note.text);
    expect(quotes.map((q) => q.quote).sort()).toEqual(
      [
        '4Children is “not sure” whether it supports the idea of outsourcing all children’s services',
        '£8.52m',
      ].sort(),
    );
    for (const { quote, verified } of quotes) {
      expect(verified).toBe(true);
      expect(corpusTexts.some((text) => text.includes(quote))).toBe(true);
    }
    expect(note.text).toMatch(/## Key figures[\s\S]*£8,520,000[\s\S]*## Positions[\s\S]*4Children/);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('exports the database, and a fresh profile that imports it finds the same claims', async () => {
    const bundle = await app.exportDatabase();
    expect(bundle.name).toMatch(/^evidence-library-\d{4}-\d{2}-\d{2}\.json$/);
    exportedDatabase = bundle.text;
    const parsed = JSON.parse(exportedDatabase) as { library: { claims: unknown[]; sources: unknown[] } };
    expect(parsed.library.claims).toHaveLength(2);
    expect(parsed.library.sources).toHaveLength(6);

    const fresh = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
    const other = new WorkbenchPage(await fresh.newPage());
    await other.open(inject('baseUrl'));
    expect(await other.claimList.getByRole('listitem').count()).toBe(0);

    await other.chooseFiles('Import database', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"something-else"}'),
    });
    await other.page.getByRole('alert', { name: 'Errors' }).waitFor();
    expect(await other.library.getByRole('button').count()).toBe(0);
    await other.screenshot('07-bad-database-refused');

    const preview = await other.importDatabase({
      name: bundle.name,
      mimeType: 'application/json',
      buffer: Buffer.from(exportedDatabase),
    });
    // The preview says what it would add before anything is written.
    expect(preview).toContain('Adds: 6 sources, 2 claims');
    await expect.poll(() => other.claimList.getByRole('listitem').count()).toBe(2);
    await expect(other.claimItem('£8.52m').textContent()).resolves.toContain('NAAS');
    await other.openSource(/^4Children/);
    await expect.poll(() => other.document.locator('mark.highlight').count()).toBeGreaterThan(0);
    await other.screenshot('08-imported-into-fresh-profile');
    await fresh.close();
  });

  it('logged no errors in the console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
