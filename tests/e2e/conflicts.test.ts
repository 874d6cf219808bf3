// Conflict review in real Chromium against the web build: two profiles edit the same claim's note, one
// imports the other's database, the newer edit wins and the other is kept for review; the researcher opens
// "Review conflicts", sees both notes and uses the other version, which stays after a reload.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { corpusDir } from '../support/repo-paths';
import { launchBrowser } from './support/browser';
import { openWorkbench, type WorkbenchSession, WorkbenchPage } from './pages/workbench-page';

const corpus = join(corpusDir, 'documents');
const firstDocument = join(
  corpus,
  readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()[0]!,
);

async function rename(app: WorkbenchPage, name: string): Promise<void> {
  const field = app.page.getByLabel('Your name');
  await field.fill(name);
  await field.press('Enter');
}

async function editNote(app: WorkbenchPage, claimText: string, note: string): Promise<void> {
  await app.claimItem(claimText).getByRole('button', { name: 'Edit' }).click();
  const form = app.page.getByRole('form', { name: 'Edit claim' });
  await form.getByLabel('Note').fill(note);
  await form.getByRole('button', { name: 'Save claim' }).click();
  await form.waitFor({ state: 'detached' });
  await app.claimItem(note).waitFor();
}

async function importBundle(app: WorkbenchPage, bundle: { name: string; text: string }): Promise<void> {
  await app.importDatabase({
    name: bundle.name,
    mimeType: 'application/json',
    buffer: Buffer.from(bundle.text),
  });
  await app.notice(/^Merged /).waitFor();
}

describe('conflict review', () => {
  let browser: Browser;
  let a: WorkbenchSession;
  let b: WorkbenchSession;

  beforeAll(async () => {
    browser = await launchBrowser();
    a = await openWorkbench(browser, inject('baseUrl'));
    b = await openWorkbench(browser, inject('baseUrl'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the losing edit of a claim as a conflict when two researchers changed its note', async () => {
    await rename(a.app, 'Ada');
    await a.app.importDocuments([firstDocument]);
    await a.app.openSource(/^The Costs of outsourcing/);
    await a.app.addClaim('£8.52m', { kind: 'Quote', note: 'Original note.' });
    const first = await a.app.exportDatabase();

    await rename(b.app, 'Bea');
    await importBundle(b.app, first);
    await b.app.claimItem('Original note.').waitFor();
    await editNote(b.app, 'Original note.', 'Note by Bea.');
    const fromB = await b.app.exportDatabase();

    await editNote(a.app, 'Original note.', 'Note by Ada.');
    const review = a.app.page.getByRole('button', { name: /^Review conflicts/ });
    expect(await review.count()).toBe(0);
    await importBundle(a.app, fromB);
    await a.app.notice('1 conflicting edit was kept for review.').waitFor();
    // Ada's edit is newer, so it wins; Bea's is kept for review.
    await a.app.claimItem('Note by Ada.').waitFor();
    await expect.poll(() => review.textContent()).toBe('Review conflicts (1)');
    // The extra button still fits the header: nothing is pushed off the side of the window.
    const overflow = await a.app.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('shows both versions and uses the other one, which stays after a reload', async () => {
    const app = a.app;
    await app.page.getByRole('button', { name: /^Review conflicts/ }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Conflicts' });
    await dialog.waitFor();
    const conflict = dialog.getByRole('listitem').filter({ hasText: '£8.52m' });
    // The list is read live from storage, so it fills in just after the dialog opens.
    await conflict.waitFor();
    expect(await dialog.getByRole('listitem').count()).toBe(1);
    const current = conflict.getByRole('region', { name: 'Current version' });
    const other = conflict.getByRole('region', { name: 'Other version' });
    await expect.poll(() => current.textContent()).toMatch(/Ada[\s\S]*Note by Ada\./);
    await expect.poll(() => other.textContent()).toMatch(/Bea[\s\S]*Note by Bea\./);
    await app.screenshot('conflicts-01');

    await conflict.getByRole('button', { name: 'Use other version' }).click();
    await dialog.getByText('No conflicts left to review.').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await app.claimItem('Note by Bea.').waitFor();
    expect(await app.claimItem('Note by Ada.').count()).toBe(0);
    const review = app.page.getByRole('button', { name: /^Review conflicts/ });
    await expect.poll(() => review.count()).toBe(0);

    await app.page.reload();
    await app.claimItem('Note by Bea.').waitFor();
    expect(await app.claimItem('Note by Ada.').count()).toBe(0);
    expect(await review.count()).toBe(0);
  });

  it('logged no errors in the console', () => {
    expect([...a.errors, ...b.errors]).toEqual([]);
  });
});
