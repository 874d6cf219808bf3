// Two tabs of one browser profile (same origin, same IndexedDB) on the web build: a claim saved in one tab
// appears in the other's list without a reload; a stale edit form never overwrites the other tab's newer
// edit (the researcher chooses, and "Keep mine" keeps the other version for review) and never resurrects a
// claim the other tab deleted unless the researcher chooses to; a highlight arriving from the other tab
// while text is selected does not take the selection away.
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

async function openEditForm(app: WorkbenchPage, claimText: string) {
  await app.claimItem(claimText).getByRole('button', { name: 'Edit' }).click();
  const form = app.page.getByRole('form', { name: 'Edit claim' });
  await form.waitFor();
  return form;
}

describe('two windows on one library', () => {
  let browser: Browser;
  let session: WorkbenchSession;
  let a: WorkbenchPage;
  let b: WorkbenchPage;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    session = await openWorkbench(browser, inject('baseUrl'), { width: 1280, height: 720 });
    a = session.app;
    await a.importDocuments([firstDocument]);
    await a.openSource(/^The Costs of outsourcing/);
    // The second tab opens in the same profile: the same origin and the same IndexedDB.
    b = new WorkbenchPage(await session.context.newPage());
    b.page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    b.page.on('pageerror', (e) => errors.push(e.message));
    await b.open(inject('baseUrl'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows a claim saved in one tab in the other tab's list without a reload", async () => {
    await a.addClaim('£8.52m', { kind: 'Quote', note: 'Original note.' });
    await b.claimItem('Original note.').waitFor();
  });

  it('refuses a stale save over a newer edit, and "Keep mine" keeps the other version for review', async () => {
    const formA = await openEditForm(a, 'Original note.');
    const formB = await openEditForm(b, 'Original note.');
    await formA.getByLabel('Note').fill('Note from tab A.');
    await formA.getByRole('button', { name: 'Save claim' }).click();
    await formA.waitFor({ state: 'detached' });
    await a.claimItem('Note from tab A.').waitFor();

    await formB.getByLabel('Note').fill('Note from tab B.');
    await formB.getByRole('button', { name: 'Save claim' }).click();
    const alert = formB.getByRole('alert');
    await alert.getByText('This claim was changed in another window.').waitFor();
    await b.screenshot('two-windows-01-changed');
    // Nothing was written yet: tab A still shows its own note.
    expect(await a.claimItem('Note from tab B.').count()).toBe(0);

    await alert.getByRole('button', { name: 'Keep mine' }).click();
    await formB.waitFor({ state: 'detached' });
    await b.claimItem('Note from tab B.').waitFor();
    await a.claimItem('Note from tab B.').waitFor();
    for (const app of [a, b]) {
      const review = app.page.getByRole('button', { name: /^Review conflicts/ });
      await expect.poll(() => review.textContent()).toBe('Review conflicts (1)');
    }
    // The version from tab A is there to adopt.
    await b.page.getByRole('button', { name: /^Review conflicts/ }).click();
    const dialog = b.page.getByRole('dialog', { name: 'Conflicts' });
    const other = dialog.getByRole('region', { name: 'Other version' });
    await expect.poll(() => other.textContent()).toMatch(/Note from tab A\./);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('does not resurrect a claim deleted in the other tab when a stale form is saved', async () => {
    const formB = await openEditForm(b, 'Note from tab B.');
    await a.claimItem('Note from tab B.').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => a.claimItem('Note from tab B.').count()).toBe(0);

    await formB.getByLabel('Note').fill('Stale note.');
    await formB.getByRole('button', { name: 'Save claim' }).click();
    const alert = formB.getByRole('alert');
    await alert.getByText('This claim was deleted in another window.').waitFor();
    await b.screenshot('two-windows-02-deleted');
    await alert.getByRole('button', { name: 'Leave it deleted' }).click();
    await formB.waitFor({ state: 'detached' });

    for (const app of [a, b]) {
      expect(await app.claimItem('Stale note.').count()).toBe(0);
      expect(await app.claimItem('Note from tab B.').count()).toBe(0);
    }
    await b.page.reload();
    await b.page.getByRole('heading', { name: 'Evidence workbench' }).waitFor();
    // Loaded from storage, the library holds no live claim.
    await b.claims.getByText('No claims yet').waitFor();
  });

  it('keeps a selection in one tab while a claim saved in the other lands inside it', async () => {
    const passage = 'The department paid £2.9 million and £3.3 million towards set up costs';
    const selected = () => a.page.evaluate(() => getSelection()?.toString() ?? '');
    await a.selectPassage(passage);
    await expect.poll(selected).toBe(passage);
    await b.openSource(/^The Costs of outsourcing/);
    await b.addClaim('£3.3 million', { kind: 'Quote', note: 'Saved while the other tab selects.' });
    // Tab A has read the new claim (its list shows it, and a moment for its reader) while the selection
    // stands: the passage stays selected and ready for "Add claim".
    await a.claimItem('Saved while the other tab selects.').waitFor();
    await a.page.waitForTimeout(500);
    expect(await selected()).toBe(passage);
    await a.document.getByText(`${passage.length} characters selected`).waitFor();
    // Once the selection ends, the new claim is drawn in the text.
    await a.page.evaluate(() => getSelection()?.removeAllRanges());
    await a.document.locator('mark.highlight', { hasText: '£3.3 million' }).waitFor();
  });

  it('logged no errors in the console', () => {
    expect([...session.errors, ...errors]).toEqual([]);
  });
});
