// Cross-checks in real Chromium at a laptop's 1280x720: the NAAS answer's three figures saved from the
// reader, the sum they make shown in the Cross-checks tab and badged on their cards, and a link from the
// sum back to a claim's passage; then three sources giving three different figures under one tag, listed
// as one conflict group with its three values that expands to the claims; and the tab used from the
// keyboard alone.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { corpusDocumentFiles } from '../support/repo-paths';
import { launchBrowser } from './support/browser';
import { openWorkbench, WorkbenchPage } from './pages/workbench-page';

const corpusFiles = corpusDocumentFiles;

const NAAS = /^The Costs of outsourcing and NAAS/;

/** Fills Value and Unit whatever the form prefilled. */
const figure = (value: string) => async (form: Locator) => {
  await form.getByLabel('Value').fill(value);
  await form.getByLabel('Unit').selectOption('GBP');
};

describe('cross-checks', () => {
  let browser: Browser;
  let app: WorkbenchPage;
  let errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ app, errors } = await openWorkbench(browser, inject('baseUrl'), { width: 1280, height: 720 }));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows that the NAAS figures add up, in the Cross-checks tab and on their cards', async () => {
    await app.importDocuments(corpusFiles);
    await app.sourceButton(NAAS).waitFor();
    await app.openSource(NAAS);
    await app.showTab('Cross-checks');
    await app.crossChecks.getByText('Nothing to cross-check yet').waitFor();

    await app.showTab('Claims');
    await app.addClaim('£11.22m', { kind: 'Figure', fill: figure('11220000') });
    await app.addClaim('£8.52m', { kind: 'Figure', fill: figure('8520000') });
    await app.addClaim('£2.7 m', { kind: 'Figure', fill: figure('2700000') });

    await app.showTab('Cross-checks');
    const sums = app.crossChecks.getByRole('list', { name: 'Sums' });
    const sum = sums.getByRole('listitem').filter({ hasText: 'add up to the £11.22m total' });
    await sum.waitFor();
    expect(await sum.locator('.crosscheck-sentence').textContent()).toBe(
      'adds up £8.52m and £2.7 m add up to the £11.22m total',
    );
    await app.screenshot('cross-checks-01-sum');

    await app.showTab('Claims');
    for (const written of ['£11.22m', '£8.52m', '£2.7 m']) {
      await expect
        .poll(() => app.claimItem(written).first().locator('.crosscheck-badge').allTextContents())
        .toEqual(['part of a sum']);
    }
    await app.screenshot('cross-checks-02-badges');
  });

  it('takes the researcher from the sum to the passage of the total', async () => {
    await app.openSource(/^Month: April 2018/);
    await app.showTab('Cross-checks');
    const total = app.crossChecks.getByRole('button', { name: /^Show £11\.22m in The Costs of outsourcing/ });
    await app.expectInView(total);
    await total.click();
    const selected = app.document.locator('.highlight-selected');
    await expect.poll(() => selected.allTextContents()).toEqual(['£11.22m']);
    await expect.poll(() => app.readerText()).toMatch(NAAS);
    expect(await total.getAttribute('aria-current')).toBe('true');
    await app.screenshot('cross-checks-03-shown');
    expect(errors).toEqual([]);
  });

  it('lists three sources that differ under one tag as one group with three values, expanding to the claims', async () => {
    const funding = (value: string) => ({
      kind: 'Figure' as const,
      tags: ['NAAS funding'],
      fill: figure(value),
    });
    await app.showTab('Claims');
    await app.openSource(NAAS);
    await app.addClaim('£3.3 million', funding('3300000'));
    await app.openSource(/^Month: April 2018/);
    await app.addClaim('£2.9 million', funding('2900000'));
    await app.openSource(/^4Children/);
    await app.addClaim('£30m', funding('30000000'));

    await app.showTab('Cross-checks');
    const conflicts = app.crossChecks.getByRole('list', { name: 'Conflicts' });
    const rows = conflicts.locator(':scope > li');
    const group = rows.filter({ hasText: 'On NAAS funding, 3 sources differ' });
    await group.waitFor();
    // One row for the three claims (three conflicting pairs), not three.
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getAttribute('aria-setsize')).toBe('1');
    expect(await group.locator('.crosscheck-about').textContent()).toBe(
      'Figures in GBP (£) · 3 values · 3 claims',
    );
    const values = group.getByRole('list', { name: 'Values' }).locator(':scope > li');
    expect(await values.allTextContents()).toEqual([
      '£2.9 million 1 claim',
      '£3.3 million 1 claim',
      '£30m 1 claim',
    ]);
    expect(await group.getByRole('button', { name: /^Show £/ }).count()).toBe(0);

    const expand = group.getByRole('button', { name: 'Show the 3 claims' });
    await expand.click();
    expect(await group.getByRole('button', { name: 'Hide the claims' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    const claims = group.getByRole('button', { name: /^Show £/ });
    expect(await claims.evaluateAll((links) => links.map((l) => l.getAttribute('aria-label')))).toEqual([
      expect.stringMatching(/^Show £2\.9 million in Month: April 2018/),
      expect.stringMatching(/^Show £3\.3 million in The Costs of outsourcing and NAAS/),
      expect.stringMatching(/^Show £30m in 4Children/),
    ]);
    await group.scrollIntoViewIfNeeded();
    await app.screenshot('cross-checks-04-group');

    const first = group.getByRole('button', { name: /^Show £2\.9 million/ });
    await first.click();
    await expect
      .poll(() => app.document.locator('.highlight-selected').allTextContents())
      .toEqual(['£2.9 million']);
    await expect.poll(() => app.readerText()).toMatch(/^Month: April 2018/);
    expect(await first.getAttribute('aria-current')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('works from the keyboard: arrows between rows, Enter and Space on a group, Tab to its claims', async () => {
    const cost = (value: string) => ({ kind: 'Figure' as const, tags: ['NAAS cost'], fill: figure(value) });
    await app.showTab('Claims');
    await app.openSource(NAAS);
    await app.addClaim('£11.22m', cost('11220000'));
    await app.openSource(/^Month: April 2018/);
    await app.addClaim('£8.52m', cost('8520000'));

    await app.showTab('Cross-checks');
    const conflicts = app.crossChecks.getByRole('list', { name: 'Conflicts' });
    const rows = conflicts.locator(':scope > li');
    await expect.poll(() => rows.count()).toBe(2);
    const focusedText = () => app.page.evaluate(() => document.activeElement?.textContent ?? '');
    const focusedLabel = () =>
      app.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

    const group = rows.filter({ hasText: 'On NAAS funding, 3 sources differ' });
    const expand = group.locator('.crosscheck-expand');
    await expand.focus();
    // Enter opens the group, Space folds it, Enter opens it again.
    await expect.poll(() => expand.getAttribute('aria-expanded')).toBe('false');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => expand.getAttribute('aria-expanded')).toBe('true');
    await app.page.keyboard.press('Space');
    await expect.poll(() => expand.getAttribute('aria-expanded')).toBe('false');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => expand.getAttribute('aria-expanded')).toBe('true');

    // Arrow keys move between the rows' first controls; Home and End go to the ends.
    const groupFirst = await group.getAttribute('data-index');
    await app.page.keyboard.press(groupFirst === '0' ? 'ArrowDown' : 'ArrowUp');
    await expect.poll(focusedLabel).toMatch(/^Show £(11\.22m|8\.52m) in /);
    await app.page.keyboard.press(groupFirst === '0' ? 'Home' : 'End');
    await expect.poll(focusedText).toBe('Hide the claims');

    // Tab leaves the row's first control for its claims; Enter opens the passage.
    await app.page.keyboard.press('Tab');
    await expect.poll(focusedLabel).toMatch(/^Show £2\.9 million in Month: April 2018/);
    await app.openSource(NAAS);
    await app.showTab('Cross-checks');
    await group.getByRole('button', { name: /^Show £2\.9 million/ }).focus();
    await app.page.keyboard.press('Enter');
    await expect
      .poll(() => app.document.locator('.highlight-selected').allTextContents())
      .toEqual(['£2.9 million']);
    await expect.poll(() => app.readerText()).toMatch(/^Month: April 2018/);
    await app.screenshot('cross-checks-05-keyboard');
    expect(errors).toEqual([]);
  });
});
