// Importing the same text twice in real Chromium against the web build: the UTF-8 text of a document, then
// its UTF-16 copy (other bytes, same text), which is recognised and not added, the user told which source
// it repeats, and "Import anyway" adds it. And the claim cards of that source: a date at its precision, a quote that has its own
// quotation marks shown without doubled ones.
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WorkbenchPage } from './pages/workbench-page';
import { launchBrowser } from './support/browser';
import { corpusDir } from '../support/repo-paths';

const fixtures = corpusDir;
const utf8 = resolve(fixtures, 'documents/000_38c8a26222ede8aa.txt');
const utf16 = resolve(fixtures, 'formats/000_38c8a26222ede8aa.utf16le.txt');

describe('the same text from another file', () => {
  let browser: Browser;
  let app: WorkbenchPage;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    app = new WorkbenchPage(await context.newPage());
    app.page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    app.page.on('pageerror', (e) => errors.push(e.message));
    await app.open(inject('baseUrl'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  const sourceCount = () => app.library.getByRole('listitem').count();

  it('imports the UTF-8 text, then recognises its UTF-16 copy and does not add it', async () => {
    await app.importDocuments([utf8]);
    await app.notice('Imported 1 document.').waitFor();
    expect(await sourceCount()).toBe(1);
    const title =
      (await app.library.getByRole('listitem').first().locator('button').first().textContent()) ?? '';
    expect(title).toContain('The Costs of outsourcing');
    expect(title).not.toContain('…');

    await app.importDocuments([utf16]);
    const notice = app.notice('has the same text as');
    await notice.waitFor();
    const said = (await notice.locator('.notice-title').textContent()) ?? '';
    expect(said).toMatch(
      /^“000_38c8a26222ede8aa\.utf16le\.txt” has the same text as “The Costs of outsourcing/,
    );
    expect(said.endsWith('”, already in your library.')).toBe(true);
    expect(await sourceCount()).toBe(1);
    const prompt = app.library.getByRole('group', { name: 'Same text already in the library' });
    await expect.poll(() => prompt.textContent()).toContain(said);
    await app.screenshot('same-text-01-not-added');
  });

  it('shows a date claim at its precision and a quote without doubled quotation marks', async () => {
    await app.addClaim('October 2014', {
      kind: 'Date',
      note: 'Doncaster trust set up',
      fill: async (form) => {
        await form.getByLabel('Start date').fill('2014-10-01');
        await form.getByLabel('End date').fill('2014-10-31');
      },
    });
    await app.addClaim('‘Achieving for Children’', { kind: 'Quote', note: 'AfC named' });
    const dateCard = app.claimItem('Doncaster trust set up');
    await expect.poll(() => dateCard.locator('.claim-details').textContent()).toBe('October 2014');
    const quote = await app.claimItem('AfC named').locator('.claim-quote').textContent();
    expect(quote).toBe('“Achieving for Children”');
    await app.screenshot('same-text-02-claim-cards');
  });

  it('adds the copy as a source of its own with "Import anyway"', async () => {
    const prompt = app.library.getByRole('group', { name: 'Same text already in the library' });
    await prompt.getByRole('button', { name: 'Import anyway' }).click();
    await app.notice('Imported 1 document.').waitFor();
    await expect.poll(sourceCount).toBe(2);
    expect(await prompt.count()).toBe(0);
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
