// The Codebook in Chromium: a small codebook built with the keyboard (a tag under another, numbers 1–9
// beside the tags), claims tagged with those keys, "/" into a claim's Tags field, the Claims list
// filtered by a tag with its sub-tags, a colour and a description set, two tags merged (the claims carry
// the target tag) and the merge undone.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { openWorkbench, WorkbenchPage } from './pages/workbench-page';

const note = resolve('tests/e2e/fixtures/council-note.txt');
const SPEND = 'The council will spend £2.7m on adult social care next year.';
const AGENCY = 'Agency staff cost £1.2m in 2019';

describe('the codebook', () => {
  let browser: Browser;
  let app: WorkbenchPage;
  let errors: string[] = [];
  let codebook: Locator;

  const tagsOf = async (text: string) =>
    (await app.claimItem(text).locator('.chip-name').allTextContents()).sort();
  const treeRows = async () =>
    codebook.locator('.codebook-row').evaluateAll((rows) =>
      rows.map((r) => ({
        key: r.querySelector('.codebook-key')?.textContent ?? '',
        name: r.querySelector('.codebook-name')?.textContent ?? '',
        depth: Number(getComputedStyle(r.parentElement as Element).getPropertyValue('--depth')),
        count: r.querySelector('.codebook-count')?.textContent ?? '',
      })),
    );

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ app, errors } = await openWorkbench(browser, inject('baseUrl')));
    await app.importDocuments([note]);
    await app.document.getByRole('heading', { name: 'Council budget note' }).waitFor();
    await app.addClaim(SPEND, { kind: 'Figure' });
    await app.addClaim(AGENCY, { kind: 'Figure' });
    codebook = app.page.getByRole('region', { name: 'Codebook' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('builds a small codebook with the keyboard, a tag under another, numbered for the keys', async () => {
    await app.page.getByRole('button', { name: 'Codebook', exact: true }).focus();
    await app.page.keyboard.press('Enter');
    await codebook.waitFor();
    await codebook.getByRole('button', { name: 'New tag' }).focus();
    await app.page.keyboard.press('Enter');
    const name = codebook.getByRole('textbox', { name: 'Tag name' });
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    for (const tag of ['Funding', 'Care']) {
      await app.page.keyboard.type(tag);
      await app.page.keyboard.press('Enter');
      await codebook.getByRole('button', { name: tag, exact: true }).waitFor();
    }
    // "Under": Tab to it and type the parent's first letters, then back to the name.
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.type('Fun');
    expect(
      await codebook
        .getByRole('combobox', { name: 'Under' })
        .evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent),
    ).toBe('Funding');
    await app.page.keyboard.press('Shift+Tab');
    await app.page.keyboard.type('Grants');
    await app.page.keyboard.press('Enter');
    await codebook.getByRole('button', { name: 'Grants', exact: true }).waitFor();
    await app.page.keyboard.press('Escape');
    await name.waitFor({ state: 'detached' });
    expect(await treeRows()).toEqual([
      { key: '1', name: 'Care', depth: 0, count: '0' },
      { key: '2', name: 'Funding', depth: 0, count: '0' },
      { key: '3', name: 'Grants', depth: 1, count: '0' },
    ]);
  });

  it('tags the focused claim with the keys 1–9 and opens its Tags field with "/"', async () => {
    await app.claimItem(SPEND).focus();
    await app.page.keyboard.press('2');
    await expect.poll(() => tagsOf(SPEND)).toEqual(['Funding']);
    await app.claimItem(AGENCY).focus();
    await app.page.keyboard.press('3');
    await app.page.keyboard.press('1');
    await expect.poll(() => tagsOf(AGENCY)).toEqual(['Care', 'Grants']);
    await app.page.keyboard.press('1');
    await expect.poll(() => tagsOf(AGENCY)).toEqual(['Grants']);
    await app.page.keyboard.press('1');
    await expect.poll(() => tagsOf(AGENCY)).toEqual(['Care', 'Grants']);
    expect(await treeRows()).toEqual([
      { key: '1', name: 'Care', depth: 0, count: '1' },
      { key: '2', name: 'Funding', depth: 0, count: '1 (2)' },
      { key: '3', name: 'Grants', depth: 1, count: '1' },
    ]);

    await app.page.keyboard.press('/');
    const form = app.claims.getByRole('form', { name: 'Edit claim' });
    await form.waitFor();
    await expect
      .poll(() =>
        app.page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent),
      )
      .toBe('Tags');
    await app.page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
  });

  it('filters the claims by a tag, and with its sub-tags', async () => {
    await app.claims.getByRole('combobox', { name: 'Filter by tag' }).selectOption({ label: 'Funding' });
    await expect.poll(() => app.claimList.getByRole('listitem').count()).toBe(1);
    await expect.poll(() => app.claimList.textContent()).toContain('£2.7m');
    await app.claims.getByRole('checkbox', { name: 'and sub-tags' }).check();
    await expect.poll(() => app.claimList.getByRole('listitem').count()).toBe(2);
    await app.claims.getByRole('combobox', { name: 'Filter by tag' }).selectOption({ label: 'All tags' });
  });

  it('gives a tag a colour and a description', async () => {
    await codebook.getByRole('button', { name: 'Care', exact: true }).click();
    const tools = codebook.getByRole('group', { name: 'Tag Care' });
    await tools.getByRole('button', { name: 'Colour #d55e00' }).click();
    await expect
      .poll(() =>
        app
          .claimItem(AGENCY)
          .locator('.chip')
          .filter({ hasText: 'Care' })
          .evaluate((c) => getComputedStyle(c).getPropertyValue('--tag')),
      )
      .toBe('#d55e00');
    await tools.getByRole('textbox', { name: 'Description' }).fill('Adult and children’s social care');
    await tools.getByRole('textbox', { name: 'Description' }).blur();
    await expect
      .poll(() => codebook.getByRole('button', { name: 'Care', exact: true }).getAttribute('title'))
      .toBe('Adult and children’s social care');
  });

  it('merges two tags: the claims carry the target tag, and Undo brings the merged one back', async () => {
    const tools = codebook.getByRole('group', { name: 'Tag Care' });
    await tools.getByRole('combobox', { name: 'Merge into' }).selectOption({ label: 'Funding' });
    await tools.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => tagsOf(AGENCY)).toEqual(['Funding', 'Grants']);
    expect(await treeRows()).toEqual([
      { key: '1', name: 'Funding', depth: 0, count: '2' },
      { key: '2', name: 'Grants', depth: 1, count: '1' },
    ]);
    await app.screenshot('codebook-merged');
    expect(errors).toEqual([]);

    await app.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => tagsOf(AGENCY)).toEqual(['Care', 'Grants']);
    await codebook.getByRole('button', { name: 'Care', exact: true }).waitFor();
    expect(errors).toEqual([]);
  });

  it('takes a custom colour from the colour picker', async () => {
    await codebook.getByRole('button', { name: 'Grants', exact: true }).click();
    const tools = codebook.getByRole('group', { name: 'Tag Grants' });
    await tools.getByLabel('Custom colour').fill('#123456');
    await expect
      .poll(() =>
        app
          .claimItem(AGENCY)
          .locator('.chip')
          .filter({ hasText: 'Grants' })
          .evaluate((c) => getComputedStyle(c).getPropertyValue('--tag')),
      )
      .toBe('#123456');
  });

  it('exports the codebook as CSV and imports one, creating and updating tags', async () => {
    const { name, text } = await app.downloadText(codebook.getByRole('button', { name: 'Export CSV' }));
    expect(name).toBe('codebook.csv');
    expect(text).toBe(
      'name,parent path,colour,description\r\n' +
        'Care,,#d55e00,Adult and children’s social care\r\n' +
        'Funding,,#0072b2,\r\n' +
        'Grants,Funding,#123456,\r\n',
    );
    const agreed =
      'name,parent path,colour,description\n' +
      'Funding,,#6a5acd,Money in\n' +
      'Capital,Funding/Grants,#8c564b,"Buildings, equipment"\n' +
      '"=HYPERLINK(""x"")",,,\n';
    await app.chooseFiles('Import CSV', {
      name: 'team.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(agreed),
    });
    await app.notice('Codebook imported: 2 tags created, 1 updated, 0 unchanged.').waitFor();
    expect(await treeRows()).toEqual([
      { key: '1', name: '=HYPERLINK("x")', depth: 0, count: '0' },
      { key: '2', name: 'Care', depth: 0, count: '1' },
      { key: '3', name: 'Funding', depth: 0, count: '1 (2)' },
      { key: '4', name: 'Grants', depth: 1, count: '1' },
      { key: '5', name: 'Capital', depth: 2, count: '0' },
    ]);
    await app.screenshot('codebook-imported');

    await app.chooseFiles('Import CSV', {
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name,parent path,colour,description\nOops,,blue,\n'),
    });
    await app.notice('bad.csv was not imported.').waitFor();
    expect(await app.notice('bad.csv').textContent()).toContain('row 2 colour "blue"');
    expect(await codebook.locator('.codebook-row').count()).toBe(5);
    expect(errors).toEqual([]);
  });
});
