// What the page fetches to start, in real Chromium: the workbench's own code, not the parts used only on
// demand. The briefing dialog (citeproc, the Word writer, the composer), the document import pipeline, the
// database exchange (interchange formats, the bundle's schema, the merge), the suggester with its
// trained model, the Markdown view (marked) and team sync (core's session, the record schemas) are each
// built into a chunk of their own and fetched when first used, so they do not hold up every start. A
// static import that pulls one back into the start merges it into the main chunk: its own chunk is then
// missing from the build, which fails here. The import pipeline, the prefill and the briefing are then
// fetched, and work, when asked for.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WorkbenchPage } from './pages/workbench-page';
import { launchBrowser } from './support/browser';
import { corpusDir } from '../support/repo-paths';

const NAAS = resolve(corpusDir, 'documents/000_38c8a26222ede8aa.txt');

/** The chunks fetched on demand, by the module each is named after. */
const ON_DEMAND = {
  briefing: /\/BriefingDialogBody-[^/]+\.js$/,
  importPipeline: /\/import-documents-[^/]+\.js$/,
  exchange: /\/database-exchange-[^/]+\.js$/,
  formats: /\/export-choices-[^/]+\.js$/,
  suggester: /\/suggest-claims-[^/]+\.js$/,
  prefill: /\/prefill-claim-[^/]+\.js$/,
  markdown: /\/MarkdownText-[^/]+\.js$/,
  teamSync: /\/sync-runner-[^/]+\.js$/,
};

describe('the start of the app', () => {
  let browser: Browser;
  let app: WorkbenchPage;
  const scripts: string[] = [];
  const errors: string[] = [];
  const fetched = (chunk: RegExp) => scripts.some((url) => chunk.test(url));

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    app = new WorkbenchPage(await context.newPage());
    app.page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    app.page.on('pageerror', (e) => errors.push(e.message));
    await app.open(inject('baseUrl'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('builds each part used on demand into a chunk of its own', () => {
    const built = readdirSync(resolve('out/web/assets')).map((name) => `/${name}`);
    for (const [part, chunk] of Object.entries(ON_DEMAND))
      expect([part, built.some((name) => chunk.test(name))]).toEqual([part, true]);
  });

  it('fetches none of the parts used on demand', async () => {
    await app.page.getByRole('button', { name: 'Import documents' }).waitFor();
    expect(scripts.some((url) => /\/index-[^/]+\.js$/.test(url))).toBe(true);
    for (const [part, chunk] of Object.entries(ON_DEMAND))
      expect([part, fetched(chunk)]).toEqual([part, false]);
  });

  it('fetches the import pipeline with the first import, and the prefill with the first claim', async () => {
    await app.importDocuments([NAAS]);
    await app.notice('Imported 1 document.').waitFor();
    expect(fetched(ON_DEMAND.importPipeline)).toBe(true);
    await app.openSource(/^The Costs of outsourcing/);
    await app.startClaimOn('£8.52m');
    const form = app.page.getByRole('form', { name: 'New claim' });
    await form.waitFor();
    // the prefill read the passage: a figure, its value and unit filled in
    expect(await form.locator('input[name="claim-kind"]:checked').getAttribute('value')).toBe('figure');
    expect(await form.getByLabel('Value').inputValue()).toBe('8520000');
    expect(fetched(ON_DEMAND.prefill)).toBe(true);
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  it('fetches the briefing dialog when a briefing is asked for', async () => {
    expect(fetched(ON_DEMAND.briefing)).toBe(false);
    const dialog = await app.openBriefing();
    await expect.poll(() => dialog.locator('.briefing-preview').textContent()).toMatch(/\S/);
    expect(fetched(ON_DEMAND.briefing)).toBe(true);
    expect(errors).toEqual([]);
  });
});
