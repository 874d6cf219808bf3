// Claim suggestions in real Chromium against the web build: suggest for a corpus document, review with the
// mouse and the keys R and A, reload and find the accepted ones as claims while the rejected one never comes
// back (not for the source, not for the whole library, which runs in the worker), and brief only claims;
// a confidence threshold hides the less sure suggestions.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { corpusDocumentFiles } from '../support/repo-paths';
import { launchBrowser } from './support/browser';
import { openWorkbench, WorkbenchPage } from './pages/workbench-page';

const corpusFiles = corpusDocumentFiles;

describe('claim suggestions', () => {
  let browser: Browser;
  let app: WorkbenchPage;
  let consoleErrors: string[] = [];
  // What the review decided, carried from one step to the next.
  let rejectedText = '';
  let rejectedCount = 0;
  let keyAcceptedText = '';

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

  it('suggests claims for the open source as dashed highlights and a list grouped by kind', async () => {
    await app.openSource(/^Month: April 2018/);
    const notice = await app.suggestClaims();
    expect(notice).toMatch(/^Added \d+ suggestions for “Month: April 2018/);
    await app.suggestions.waitFor();
    const marks = app.document.locator('mark.highlight-suggested');
    await expect.poll(() => marks.count()).toBeGreaterThan(3);
    const style = await marks.first().evaluate((el) => getComputedStyle(el).borderBottomStyle);
    expect(style).toBe('dashed');
    for (const kind of ['figures', 'dates', 'stances']) {
      await app.suggestions.getByRole('button', { name: `Accept all ${kind}` }).waitFor();
    }
    const figure = app.suggestionItems('£8.52m');
    await expect.poll(() => figure.count()).toBe(1);
    expect(await figure.textContent()).toContain('£8,520,000');
    await app.screenshot('suggest-01-suggested');
    // Nothing is a claim yet: the Claims list and the Library's count ignore suggestions.
    await app.showTab('Claims');
    expect(await app.claimList.count()).toBe(0);
    expect(await app.sourceButton(/^Month: April 2018/).textContent()).toContain('0 claims');
    await app.showTab('Suggestions');
  });

  it('hides the less confident suggestions at a threshold, and shows them all again', async () => {
    // the tab was shown again at the end of the last test: its lists place their rows a frame later
    await expect.poll(() => app.suggestionCount()).toBeGreaterThan(0);
    const all = await app.suggestionCount();
    const threshold = app.suggestions.getByRole('combobox', { name: /Show/ });
    await threshold.selectOption({ label: 'confidence 0.8 and above' });
    await expect.poll(() => app.suggestionCount()).toBeLessThan(all);
    const shown = await app.suggestionCount();
    expect(shown).toBeGreaterThan(0);
    // no stance is that sure, and the list says how many it hides
    expect(await app.suggestions.getByRole('group', { name: 'Suggested stances' }).count()).toBe(0);
    expect(await app.suggestions.locator('.suggestions-threshold').textContent()).toContain(
      `${(all - shown).toLocaleString('en-GB')} hidden`,
    );
    await threshold.selectOption({ label: 'all suggestions' });
    await expect.poll(() => app.suggestionCount()).toBe(all);
  });

  it('accepts with the button, rejects with R, accepts with A, and focus follows', async () => {
    await app.suggestionItems('£8.52m').getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => app.countSuggestions('£8.52m')).toBe(0);
    await app.showTab('Claims');
    await app.claimItem('£8.52m').waitFor();
    expect(await app.claimItem('£8.52m').textContent()).toContain('£8.52m · GBP 8,520,000');
    await app.showTab('Suggestions');

    const date = app.suggestions
      .getByRole('group', { name: 'Suggested dates' })
      .getByRole('listitem')
      .first();
    rejectedText = (await date.locator('.suggestion-text').textContent()) ?? '';
    rejectedCount = await app.countSuggestions(rejectedText);
    await date.focus();
    await app.page.keyboard.press('r');
    await expect.poll(() => app.countSuggestions(rejectedText)).toBe(rejectedCount - 1);

    // Focus moved on to the next suggestion; A accepts it.
    const focused = app.page.locator('.suggestion-item:focus');
    await focused.waitFor();
    keyAcceptedText = (await focused.locator('.suggestion-text').textContent()) ?? '';
    expect(keyAcceptedText).not.toBe('');
    await app.page.keyboard.press('a');
    await expect.poll(() => app.sourceButton(/^Month: April 2018/).textContent()).toContain('2 claims');
    await expect.poll(() => app.page.locator('.suggestion-item:focus').count()).toBe(1);

    // The arrow keys move between suggestions; a click on a dashed highlight focuses its suggestion.
    const before = await app.page.locator('.suggestion-item:focus').getAttribute('data-suggestion-id');
    await app.page.keyboard.press('ArrowDown');
    const after = await app.page.locator('.suggestion-item:focus').getAttribute('data-suggestion-id');
    expect(after).not.toBe(before);
    // The reader draws highlights for the part in view, so the mark is named by its claims, not by place.
    const last = app.document.locator('mark.highlight-suggested').last();
    const claimIds = (await last.getAttribute('data-claim-ids')) ?? '';
    const mark = app.document.locator(`mark[data-claim-ids="${claimIds}"]`).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    const ids = claimIds.split(' ');
    await expect
      .poll(() => app.page.locator('.suggestion-item:focus').getAttribute('data-suggestion-id'))
      .toBeOneOf(ids);
    // An accepted suggestion is highlighted as a claim: solid, not dashed.
    await app.scrollReaderTo('£8.52m');
    const solid = app.document.locator('mark.highlight:not(.highlight-suggested)', { hasText: '£8.52m' });
    expect(await solid.first().evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('solid');
    await app.screenshot('suggest-02-reviewed');
  });

  it('after a reload the accepted are claims and the rejected is never suggested again', async () => {
    await app.page.reload();
    await app.claimList.waitFor();
    expect(await app.claimList.getByRole('listitem').count()).toBe(2);
    await app.claimItem('£8.52m').waitFor();
    await app.claimItem(keyAcceptedText.slice(0, 40)).waitFor();
    await app.showTab('Suggestions');
    expect(await app.countSuggestions(rejectedText)).toBe(rejectedCount - 1);
    const pending = await app.suggestionCount();

    expect(await app.suggestClaims()).toMatch(/^No new suggestions for/);
    expect(await app.countSuggestions(rejectedText)).toBe(rejectedCount - 1);
    expect(await app.suggestionCount()).toBe(pending);

    // The whole library runs in the worker; it adds the other sources' suggestions, not this one's again.
    expect(await app.suggestClaims('Suggest claims for all sources')).toMatch(
      /^Added \d+ suggestions across 5 sources/,
    );
    expect(await app.countSuggestions(rejectedText)).toBe(rejectedCount - 1);
    expect(await app.suggestionCount()).toBe(pending);
    expect(await app.sourceButton(/^Month: April 2018/).textContent()).toContain('2 claims');
    await app.screenshot('suggest-03-after-reload');
  });

  it('briefs the accepted claims and no pending suggestion', async () => {
    const pendingTexts = await app.suggestions.locator('.suggestion-text').allTextContents();
    const dialog = await app.openBriefing();
    // The quotes the briefing cites, as its notes show them.
    const cited = await dialog.locator('.briefing-preview ol.notes mark').allTextContents();
    expect(cited).toContain('£8.52m');
    expect(await dialog.textContent()).toContain('2 claims');
    const accepted = new Set(['£8.52m', keyAcceptedText]);
    for (const text of pendingTexts.filter((t) => !accepted.has(t))) {
      expect(cited).not.toContain(text);
    }
    await app.screenshot('suggest-04-briefing');
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(consoleErrors).toEqual([]);
  });
});
