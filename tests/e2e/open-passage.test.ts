// Links back into the workbench in the browser build: a briefing's citation links to
// `index.html#source=<id>&start=<n>&end=<n>`. Opening such a URL (after the source was imported) shows
// the source with that passage highlighted and scrolled into view; changing the hash moves to another.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { corpusDir } from '../support/repo-paths';
import { openWorkbench, WorkbenchPage } from './pages/workbench-page';
import { launchBrowser } from './support/browser';

const naas = resolve(corpusDir, 'documents/001_1e5035609ec9f0e3.txt');
const text = readFileSync(naas, 'utf8').replace(/\r\n?/g, '\n');
const late = 'With all good wishes to LSWG members as we move towards the local elections';
const early = '£8.52m of it gong to the private sector';

const passageUrl = (base: string, sourceId: string, passage: string): string => {
  const start = text.indexOf(passage);
  const hash = new URLSearchParams({
    source: sourceId,
    start: String(start),
    end: String(start + passage.length),
  });
  return `${base}#${hash.toString()}`;
};

describe('a link to a passage', () => {
  let browser: Browser;
  let context: BrowserContext;
  let sourceId = '';
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    let app: WorkbenchPage;
    ({ context, app } = await openWorkbench(browser, inject('baseUrl')));
    await app.importDocuments([naas]);
    await app.library.getByRole('listitem').first().getByRole('button').first().click();
    sourceId = (await app.document.locator('[data-source-id]').getAttribute('data-source-id')) ?? '';
    await app.page.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the source with the passage highlighted and in view', async () => {
    expect(sourceId).not.toBe('');
    expect(text.indexOf(late)).toBeGreaterThan(8000);
    const app = new WorkbenchPage(await context.newPage());
    app.page.on('pageerror', (e) => errors.push(e.message));
    await app.open(passageUrl(inject('baseUrl'), sourceId, late));
    await expect.poll(() => app.pendingText()).toBe(late);
    await expect
      .poll(() =>
        app.expectInView(app.document.locator('.highlight-pending').first()).then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
    await app.screenshot('open-passage-01-linked');

    await app.page.evaluate(
      (hash) => (window.location.hash = hash),
      new URL(passageUrl(inject('baseUrl'), sourceId, early)).hash,
    );
    await expect.poll(() => app.pendingText()).toBe(early);
    expect(errors).toEqual([]);
  });

  it('says so when the linked source is not in the library', async () => {
    const app = new WorkbenchPage(await context.newPage());
    await app.open(`${inject('baseUrl')}#source=no-such-source&start=0&end=5`);
    await app.page.getByText('The linked passage is not in this library.').waitFor();
  });
});
