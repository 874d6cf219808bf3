// Claims that carry their meaning, in real Chromium on the corpus: selecting "£8.52m", "£2.7 m" and
// "£11.22m" in the NAAS parliamentary answer, "October 2014" there, and Barnardo's warning in the 4Children
// report, then "Add claim", opens the form with the kind chosen and the fields filled as the suggester
// reads them, and the source sentence as the statement; every field can still be changed, a figure can be
// marked as the total of others, and the saved cards show the passage beside its parsed value.
import { resolve } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WorkbenchPage } from './pages/workbench-page';
import { launchBrowser } from './support/browser';
import { corpusDir } from '../support/repo-paths';

const NAAS = resolve(corpusDir, 'documents/000_38c8a26222ede8aa.txt');
const FOUR_CHILDREN = resolve(corpusDir, 'documents/003_2795c7b6a19e6f2d.txt');
const BARNARDOS =
  'Barnardo’s also warns against allowing organisations to make a profit from child protection';

describe('a claim prefilled from its passage', () => {
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
    await app.importDocuments([NAAS, FOUR_CHILDREN]);
    await app.notice('Imported 2 documents.').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Selects the passage, presses "Add claim" and returns the form that opens. */
  async function startClaim(passage: string): Promise<Locator> {
    await app.startClaimOn(passage);
    const form = app.page.getByRole('form', { name: 'New claim' });
    await form.waitFor();
    return form;
  }

  const checkedKind = (form: Locator) =>
    form.locator('input[name="claim-kind"]:checked').getAttribute('value');
  const valueOf = (form: Locator, label: string) => form.getByLabel(label).inputValue();

  async function save(form: Locator): Promise<void> {
    await form.getByRole('button', { name: 'Save claim' }).click();
    await form.waitFor({ state: 'detached' });
  }

  const details = (passage: string) => app.claimItem(passage).locator('.claim-details').first().textContent();

  it('fills a figure’s value and unit from "£8.52m", with its sentence as the statement', async () => {
    await app.openSource(/^The Costs of outsourcing/);
    const form = await startClaim('£8.52m');
    expect(await checkedKind(form)).toBe('figure');
    // focus is on the chosen kind, so the keyboard starts in the form
    await expect
      .poll(() => app.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
      .toBe('figure');
    expect(await valueOf(form, 'Value')).toBe('8520000');
    expect(await valueOf(form, 'Unit')).toBe('GBP');
    expect(await form.getByLabel('Approximate').isChecked()).toBe(false);
    expect(await valueOf(form, 'Statement')).toMatch(/^£8\.52m of it gong to the private sector and only/);
    await app.expectInView(form.getByRole('button', { name: 'Save claim' }));
    await app.screenshot('claim-prefill-01-figure-form');
    await save(form);
    await expect.poll(() => details('£8.52m')).toBe('£8.52m · GBP 8,520,000');
  });

  it('reads "£2.7 m", space and all, and "£11.22m", saving with Ctrl+Enter', async () => {
    let form = await startClaim('£2.7 m');
    expect(await checkedKind(form)).toBe('figure');
    expect([await valueOf(form, 'Value'), await valueOf(form, 'Unit')]).toEqual(['2700000', 'GBP']);
    await form.getByLabel('Statement').press('Control+Enter');
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => details('£2.7 m')).toBe('£2.7 m · GBP 2,700,000');

    form = await startClaim('£11.22m');
    expect([await valueOf(form, 'Value'), await valueOf(form, 'Unit')]).toEqual(['11220000', 'GBP']);
    expect(await valueOf(form, 'Statement')).toBe(
      'The Costs of outsourcing and NAAS: Is this £11.22m committed to the National Accreditation and ' +
        'Assessment scheme the best way to spend scarce DfE resources?',
    );
    // the researcher marks it as the total of the two figures the answer splits it into
    const totalOf = form.getByRole('group', { name: 'Total of' });
    await totalOf.getByRole('checkbox', { name: '£8.52m · GBP 8,520,000' }).check();
    await totalOf.getByRole('checkbox', { name: '£2.7 m · GBP 2,700,000' }).check();
    await app.screenshot('claim-prefill-02-total-of');
    await save(form);
    await expect.poll(() => details('£11.22m')).toBe('£11.22m · GBP 11,220,000');

    await app.claimItem('£11.22m').getByRole('button', { name: 'Edit' }).click();
    const edit = app.page.getByRole('form', { name: 'Edit claim' });
    const marked = edit.getByRole('group', { name: 'Total of' }).getByRole('checkbox', { checked: true });
    await expect.poll(() => marked.count()).toBe(2);
    await edit.getByRole('button', { name: 'Cancel' }).click();
    await edit.waitFor({ state: 'detached' });
  });

  it('fills a date’s first and last day and precision from "October 2014"', async () => {
    const form = await startClaim('October 2014');
    expect(await checkedKind(form)).toBe('date');
    expect(await valueOf(form, 'Start date')).toBe('2014-10-01');
    expect(await valueOf(form, 'End date')).toBe('2014-10-31');
    expect(await valueOf(form, 'Precision')).toBe('month');
    expect(await valueOf(form, 'Statement')).toContain(
      'the Doncaster Children’s Service Trust (established in October 2014)',
    );
    await app.screenshot('claim-prefill-03-date-form');
    await save(form);
    await expect.poll(() => details('October 2014')).toBe('October 2014');
  });

  it('fills a stance from Barnardo’s warning, and keeps every field editable', async () => {
    await app.openSource(/^4Children/);
    const form = await startClaim(BARNARDOS);
    expect(await checkedKind(form)).toBe('stance');
    expect(await valueOf(form, 'Actor')).toBe('Barnardo’s');
    expect(await valueOf(form, 'Position')).toBe('oppose');
    expect(await valueOf(form, 'Topic')).toMatch(/profit.*child protection/);
    expect(await valueOf(form, 'Statement')).toBe(`${BARNARDOS}.`);
    await app.screenshot('claim-prefill-04-stance-form');

    await form.getByLabel('Topic').fill('profit in child protection');
    await form.getByLabel('Statement').fill('Barnardo’s opposes profit-making in child protection.');
    await save(form);
    const card = app.claimItem('Barnardo’s opposes profit-making');
    await expect.poll(() => card.locator('.claim-details').textContent()).toBe('Barnardo’s — oppose');
    expect(await card.locator('.claim-topic').textContent()).toBe('on profit in child protection');
    await app.screenshot('claim-prefill-05-stance-card');
  });

  it('makes a plain passage a quote, and lets the researcher choose another kind', async () => {
    const form = await startClaim('Barnardo’s stresses the need for clear quality standards');
    // a stance is what the suggester reads here; the researcher makes it a quote instead
    expect(await checkedKind(form)).toBe('stance');
    await form.getByRole('radio', { name: 'Quote', exact: true }).check();
    await expect.poll(() => form.getByLabel('Actor').count()).toBe(0);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });

    await app.openSource(/^The Costs of outsourcing/);
    const plain = await startClaim('Answers to a Parliamentary Question');
    expect(await checkedKind(plain)).toBe('quote');
    expect(await valueOf(plain, 'Statement')).toBe(
      'Answers to a Parliamentary Question by Emma Lewell-Buck MP Dec 2017',
    );
    await plain.press('Escape');
    await plain.waitFor({ state: 'detached' });
  });

  it('shows every saved card with its value and statement', async () => {
    await app.showTab('Claims');
    const statement = (passage: string) => app.claimItem(passage).locator('.claim-statement').textContent();
    expect(await statement('£11.22m')).toMatch(/^The Costs of outsourcing and NAAS: Is this £11\.22m/);
    expect(await statement('October 2014')).toMatch(/^There are currently two independent trusts/);
    await app.screenshot('claim-prefill-06-cards');
    expect(errors).toEqual([]);
  });
});
