// The first hour without a mouse, at 1280×720: import by keyboard, reach the document with Tab, select a
// passage by sentences (N, Shift+N), add a claim (Enter moves focus into the form), save with Ctrl+Enter,
// delete it and bring it back with Ctrl+Z, cancel a form with Escape, and read the shortcuts with "?".
// At 1024×768 the claim form's Save button and the "Your name" field stay in view.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { openWorkbench, WorkbenchPage } from './pages/workbench-page';

const note = resolve('tests/e2e/fixtures/council-note.txt');
const SMALL = { width: 1280, height: 720 };

describe('the keyboard loop at 1280×720', () => {
  let browser: Browser;
  let app: WorkbenchPage;
  let errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ app, errors } = await openWorkbench(browser, inject('baseUrl'), SMALL));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('imports with the keyboard and reaches the document text with Tab', async () => {
    await app.page.getByRole('button', { name: 'Import documents' }).focus();
    const choosing = app.page.waitForEvent('filechooser');
    // One round trip first, so the chooser is being intercepted before the key is pressed.
    await app.page.evaluate(() => document.activeElement?.textContent);
    await app.page.keyboard.press('Enter');
    const chooser = await choosing;
    await chooser.setFiles([note]);
    await app.document.getByRole('heading', { name: 'Council budget note' }).waitFor();
    await app.sourceButton(/^Council budget note/).focus();
    await app.tabUntil((el) => el.getAttribute('aria-label') === 'Document text');
    await app.screenshot('keyboard-01-document-focused');
  });

  it('selects sentences with N and Shift+N and adds a claim with Enter, focus landing in the form', async () => {
    await app.page.keyboard.press('n');
    await app.page.keyboard.press('n');
    expect(await app.pendingText()).toBe('The council will spend £2.7m on adult social care next year.');
    await app.page.keyboard.press('Shift+N');
    expect(await app.pendingText()).toBe(
      'The council will spend £2.7m on adult social care next year. Officers warned that demand is rising faster than funding.',
    );
    await app.page.keyboard.press('Shift+P');
    expect(await app.pendingText()).toMatch(/^Council budget note.*Officers warned/s);
    await app.page.keyboard.press('Escape');
    expect(await app.pendingText()).toBe('');
    for (const _ of [1, 2, 3]) await app.page.keyboard.press('n');
    expect(await app.pendingText()).toBe('Officers warned that demand is rising faster than funding.');
    await app.screenshot('keyboard-02-sentence-selected');
    await app.page.keyboard.press('Enter');
    const form = app.claims.getByRole('form', { name: 'New claim' });
    await form.waitFor();
    expect(await form.evaluate((f) => f.contains(document.activeElement))).toBe(true);
    await app.screenshot('keyboard-03-form-focused');
  });

  it('fills the form with the keyboard and saves it with Ctrl+Enter', async () => {
    const form = app.claims.getByRole('form', { name: 'New claim' });
    await app.tabUntil((el) => (el as HTMLInputElement).labels?.[0]?.textContent === 'Tags');
    await app.page.keyboard.type('care funding');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Control+Enter');
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => app.claimList.getByRole('listitem').count()).toBe(1);
    // a card in view reads its own record, so its text follows the list's count by a moment
    await expect
      .poll(() => app.claimList.textContent())
      .toContain('Officers warned that demand is rising faster than funding.');
    expect(await app.claimList.textContent()).toContain('care funding');
    await app.screenshot('keyboard-04-saved');
  });

  it('deletes the claim and brings it back with Ctrl+Z', async () => {
    await app.claimList.getByRole('button', { name: 'Delete' }).focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.claimList.count()).toBe(0);
    await app.page.getByRole('status', { name: 'Undo' }).waitFor();
    await app.screenshot('keyboard-05-deleted');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.claimList.getByRole('listitem').count()).toBe(1);
    await app.screenshot('keyboard-06-undone');
  });

  it('cancels a new claim with Escape, leaving nothing behind', async () => {
    await app.page.getByRole('document', { name: 'Document text' }).focus();
    await app.page.keyboard.press('p');
    await app.page.keyboard.press('Enter');
    const form = app.claims.getByRole('form', { name: 'New claim' });
    await form.waitFor();
    await app.page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    expect(await app.claimList.getByRole('listitem').count()).toBe(1);
  });

  it('undoes an edit with Ctrl+Z, bringing the earlier note back', async () => {
    await app.claimList.getByRole('button', { name: 'Edit' }).click();
    const form = app.claims.getByRole('form', { name: 'Edit claim' });
    await form.getByLabel('Note').fill('A note to take back');
    await app.page.keyboard.press('Control+Enter');
    await form.waitFor({ state: 'detached' });
    await app.claimList.getByText('A note to take back').waitFor();
    await app.page.locator('body').focus();
    await app.page.keyboard.press('Control+z');
    await app.claimList.getByText('A note to take back').waitFor({ state: 'detached' });
  });

  it('removes a source with its claims, and Undo brings both back', async () => {
    await app.document.getByRole('button', { name: 'Remove source' }).click();
    await expect.poll(() => app.library.getByRole('button', { name: /Council budget note/ }).count()).toBe(0);
    expect(await app.claimList.count()).toBe(0);
    await app.page.getByRole('status', { name: 'Undo' }).getByText('Source removed and its claim.').waitFor();
    await app.screenshot('keyboard-08-source-removed');
    await app.page.getByRole('status', { name: 'Undo' }).getByRole('button', { name: 'Undo' }).click();
    await app.sourceButton(/^Council budget note/).waitFor();
    await expect.poll(() => app.claimList.getByRole('listitem').count()).toBe(1);
  });

  it('explains "Storage not persisted" and asks the browser again when it is pressed', async () => {
    await app.page.getByRole('button', { name: 'Storage not persisted' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Storage' });
    await dialog.getByText(/may clear it to free disk space/).waitFor();
    await dialog
      .getByRole('status')
      .getByText(/The browser (said no|has now promised)/)
      .waitFor();
    await app.screenshot('keyboard-09-storage');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('lists the shortcuts in a dialog opened with "?"', async () => {
    // "?" does nothing while a dialog is open: the last test's dialog must be gone from the page first
    await expect.poll(() => app.page.locator('dialog[open], [role="dialog"]').count()).toBe(0);
    await app.page.getByRole('document', { name: 'Document text' }).focus();
    await app.page.keyboard.press('?');
    const dialog = app.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    for (const action of [
      'Save claim',
      'Select the next sentence',
      'Undo the last delete, edit or removal',
    ]) {
      await dialog.getByText(action).waitFor();
    }
    await app.screenshot('keyboard-07-shortcuts');
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });
});

describe('the layout at small windows', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ])('keeps Save claim, the tabs and "Your name" in view at $width×$height', async (size) => {
    const { app } = await openWorkbench(browser, inject('baseUrl'), size);
    await app.importDocuments([note]);
    await app.document.getByRole('heading', { name: 'Council budget note' }).waitFor();
    await app.selectPassage('Agency staff cost £1.2m in 2019');
    await app.document.getByRole('button', { name: 'Add claim' }).click();
    const save = app.claims.getByRole('button', { name: 'Save claim' });
    await save.waitFor();
    await app.expectInView(save);
    await app.expectInView(app.page.getByRole('textbox', { name: 'Your name' }));
    // Every side tab is in view with its whole label: none runs into the next or is cut off.
    const tabs = app.page.getByRole('tablist', { name: 'Side pane' }).getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(['Claims', 'Suggestions', 'Cross-checks', 'Search']);
    for (const tab of await tabs.all()) await app.expectInView(tab);
    expect(await app.cutOffTabs()).toEqual([]);
    await app.screenshot(`layout-${size.width}x${size.height}-form`);
  });
});
