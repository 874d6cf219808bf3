// Interchange in Chromium: another tool's W3C Web Annotation file and a Hypothesis export imported
// through "Import database" (told apart by content, previewed with counts and what cannot come in, then
// merged), and the claims exported through the Format choice as W3C JSON-LD (positions in code points;
// all claims, or only those the filters show) and as CSV (UTF-8 with a BOM, formula cells escaped).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { openWorkbench, WorkbenchPage } from './pages/workbench-page';
import { packFixtureProject } from '../core/interchange/refi-qda/qda-fixtures';
import { corpusDir } from '../support/repo-paths';

const report = resolve('tests/e2e/fixtures/budget-report.txt');
const REPORT_TEXT = readFileSync(report, 'utf8');
const fixture = (path: string, mimeType: string) => ({
  name: path.split('/').pop()!,
  mimeType,
  buffer: readFileSync(resolve('tests/fixtures/interchange', path)),
});

describe('interchange formats', () => {
  let browser: Browser;
  let app: WorkbenchPage;
  let errors: string[] = [];

  const preview = () => app.page.getByRole('dialog', { name: 'Import database' });

  /** Chooses the file in "Import database" and returns its preview's text, leaving the preview open. */
  async function previewImport(file: ReturnType<typeof fixture>): Promise<string> {
    await app.chooseFiles('Import database', file);
    await preview().waitFor();
    return (await preview().textContent()) ?? '';
  }

  async function confirmImport(): Promise<void> {
    await preview().getByRole('button', { name: 'Import', exact: true }).click();
    await preview().waitFor({ state: 'hidden' });
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ app, errors } = await openWorkbench(browser, inject('baseUrl')));
    await app.importDocuments([report]);
    await app.library.getByRole('button', { name: /报告/ }).first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('previews a W3C Web Annotation file with its counts and what cannot be brought in, then merges it', async () => {
    const text = await previewImport(fixture('w3c/foreign-annotations.jsonld', 'application/ld+json'));
    await app.screenshot('interchange-w3c-preview');
    expect(text).toContain('is a Web Annotation (W3C JSON-LD) file');
    expect(text).toContain('Adds: 0 sources, 2 claims, 1 tag, 1 researcher, 0 briefings.');
    expect(text).toContain('Not brought in (2)');
    expect(text).toMatch(/A note on the whole page.*quotes no passage/);
    expect(text).toMatch(/Elsewhere|not in any document here/);
    expect(text).toContain('https://example.org/elsewhere');
    await confirmImport();
    await app.showTab('Claims');
    await app.claimItem('£11.22m').first().waitFor();
    await app.claimItem('funding will rise by 12%').first().waitFor();
  });

  it('previews a Hypothesis export the same way, listing its reply, page note and missing page', async () => {
    const text = await previewImport(fixture('hypothesis/hypothesis-export.json', 'application/json'));
    await app.screenshot('interchange-hypothesis-preview');
    expect(text).toContain('is a Hypothesis export (JSON) file');
    expect(text).toContain('Adds: 0 sources, 2 claims, 1 tag, 1 researcher, 0 briefings.');
    expect(text).toContain('Not brought in (3)');
    expect(text).toMatch(/I agree with this.*reply in a discussion/);
    expect(text).toContain('https://news.example.com/story');
    await confirmImport();
    await app.claimItem('opposed the cuts').first().waitFor();
  });

  it('refuses a malformed file with its reason and changes nothing', async () => {
    await app.chooseFiles('Import database', {
      name: 'broken.jsonld',
      mimeType: 'application/ld+json',
      buffer: Buffer.from('{"type": "AnnotationCollection", "first": '),
    });
    await app.page.getByText('broken.jsonld was not imported; nothing was changed.').waitFor();
    await app.page
      .getByText(/The file is not valid JSON, so it is not a Web Annotation or Hypothesis file/)
      .waitFor();
    expect(await app.claimList.getByRole('listitem').count()).toBe(4);
  });

  it('offers the formats by name', async () => {
    await app.page.getByRole('button', { name: 'Export database' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Export database' });
    // the dialog and its format list are fetched when it first opens
    await dialog.getByLabel('Format').waitFor();
    const options = await dialog.getByLabel('Format').locator('option').allTextContents();
    for (const name of ['Library bundle', 'Web Annotation', 'REFI-QDA project', 'REFI-QDA codebook', 'CSV'])
      expect(options.some((o) => o.includes(name))).toBe(true);
    await app.screenshot('interchange-export-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('exports the claims as W3C JSON-LD whose positions count code points', async () => {
    const { name, text } = await app.exportDatabase('w3c');
    expect(name).toMatch(/^evidence-library-\d{4}-\d\d-\d\d\.jsonld$/);
    const collection = JSON.parse(text) as {
      type: string;
      total: number;
      first: { items: { target: { selector: { exact?: string; start?: number; end?: number }[] } }[] };
    };
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(4);
    const points = [...REPORT_TEXT];
    for (const { target } of collection.first.items) {
      const [quote, position] = target.selector;
      expect(points.slice(position!.start, position!.end).join('')).toBe(quote!.exact);
    }
  });

  it('exports only the claims the filters show when asked', async () => {
    await app.claims.getByLabel('Filter by tag').selectOption({ label: 'budget' });
    await expect.poll(() => app.claimList.getByRole('listitem').count()).toBe(2);
    const { text } = await app.exportDatabase('w3c', { onlyShown: true });
    expect((JSON.parse(text) as { total: number }).total).toBe(2);
    await app.claims.getByLabel('Filter by tag').selectOption('all');
    // the list asks storage again for the unfiltered claims: the next test counts from all four
    await expect.poll(() => app.claimList.getByRole('listitem').count()).toBe(4);
  });

  it('exports a REFI-QDA project that imports back into the same library, changing nothing', async () => {
    const before = await app.claimList.getByRole('listitem').count();
    const { name, bytes } = await app.exportDatabaseBytes('qdpx');
    expect(name).toMatch(/\.qdpx$/);
    const text = await previewImport({ name: 'project.qdpx', mimeType: 'application/zip', buffer: bytes });
    expect(text).toContain('REFI-QDA project');
    await app.screenshot('interchange-qdpx-preview');
    await confirmImport();
    expect(await app.claimList.getByRole('listitem').count()).toBe(before);
  });

  it('exports the claims as CSV with a BOM, one row each, formula-looking cells escaped', async () => {
    const { name, text } = await app.exportDatabase('csv');
    expect(name).toMatch(/\.csv$/);
    expect(text.startsWith('\uFEFFid,source title,kind,statement,quote')).toBe(true);
    expect(text.match(/\r\n/g)).toHaveLength(5);
    expect(text).toContain('£11.22m');
    expect(errors).toEqual([]);
  });

  it('imports a REFI-QDA project whose package holds a PDF (last: it adds claims): drawn pages, coded areas highlighted', async () => {
    const pdf = readFileSync(join(corpusDir, 'formats/001_1e5035609ec9f0e3.pdf'));
    const packed = packFixtureProject('pdf-in-package', { 'Sources/report.pdf': pdf });
    const text = await previewImport({
      name: 'coded.qdpx',
      mimeType: 'application/zip',
      buffer: Buffer.from(packed),
    });
    expect(text).toContain('REFI-QDA project');
    expect(text).toContain('it marks page 10, and the PDF has 4 pages');
    await app.screenshot('interchange-qdpx-pdf-preview');
    await confirmImport();
    await app.library
      .getByRole('button', { name: /Costs of outsourcing NAAS/ })
      .first()
      .click();
    // The package's PDF was kept: the reader draws its pages, and the coded area on page 2 is highlighted.
    await app.document.locator('.pdf-page-frame').first().waitFor();
    const area = app.document.locator('.pdf-highlight[data-claim-id="52000000-0000-4000-8000-0000000000a3"]');
    await area.first().scrollIntoViewIfNeeded();
    await expect.poll(() => area.count()).toBeGreaterThan(0);
    await app.screenshot('interchange-qdpx-pdf-area');
  });
});
