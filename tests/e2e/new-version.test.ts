// A new version of a source in real Chromium against the web build: a corpus document with three claims,
// then a hand-edited copy (tests/core/versions/fixtures) imported as its new version through the Library's
// question. The claims move to the new source: one placed, one flagged "quote changed — check", one listed
// under "Orphans" with its old quote, re-attached to a passage the researcher selects. The old source stays,
// marked superseded.
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openWorkbench, type WorkbenchPage } from './pages/workbench-page';
import { launchBrowser } from './support/browser';
import { corpusDir, repoRoot } from '../support/repo-paths';

const original = resolve(corpusDir, 'documents/004_095d6f8d55d7aa2e.txt');
const edited = resolve(repoRoot, 'tests/core/versions/fixtures/004-edited.txt');
const ORPHAN_QUOTE = 'An evaluation of Slough Children’s Services Trust is in progress.';
const DISMISSED_QUOTE = 'the main benefits of its creation were: better service quality';

describe('importing a new version of a source', () => {
  let browser: Browser;
  let app: WorkbenchPage;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ app, errors } = await openWorkbench(browser, inject('baseUrl')));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('asks whether an edited copy is a new version of the source', async () => {
    await app.importDocuments([original]);
    await app.notice('Imported 1 document.').waitFor();
    await app.addClaim('12th December 2017', { kind: 'Date', note: 'answered date' });
    await app.addClaim('has had a positive affect on culture and practice', {
      kind: 'Quote',
      note: 'trust effect',
    });
    await app.addClaim(ORPHAN_QUOTE, { kind: 'Quote', note: 'slough evaluation' });
    await app.addClaim(DISMISSED_QUOTE, { kind: 'Quote', note: 'afc benefits' });

    await app.importDocuments([edited]);
    const prompt = app.library.getByRole('group', { name: 'New version' });
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain(
      'Import “004-edited.txt” as a new version of “Social Services: Children”?',
    );
    await app.screenshot('new-version-01-question');
  });

  it('moves the claims: placed, flagged as changed, or listed as orphans', async () => {
    const prompt = app.library.getByRole('group', { name: 'New version' });
    await prompt.getByRole('button', { name: 'Import as new version' }).click();
    const notice = app.notice('Imported 1 document.');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      '1 claim moved, 1 found with a changed quote (check it), 2 orphaned (kept, listed under “Orphans”).',
    );
    expect(await prompt.count()).toBe(0);
    await expect.poll(() => app.document.textContent()).toContain('Updated on 3rd January 2018');

    const orphans = app.document.getByRole('region', { name: 'Orphans' });
    await orphans.waitFor();
    expect(await orphans.textContent()).toContain(`“${ORPHAN_QUOTE}”`);
    expect(await orphans.textContent()).toContain(`“${DISMISSED_QUOTE}”`);
    const changed = app.claimItem('trust effect');
    expect(await changed.getByRole('note', { name: 'Quote changed' }).textContent()).toContain(
      'quote changed — check',
    );
    expect(await changed.locator('.claim-quote').textContent()).toBe(
      '“has had a positive effect on culture and practice”',
    );
    // The moved claim is highlighted where its date now is in the new text.
    const marks = await app.document.locator('mark').allTextContents();
    expect(marks).toContain('12th December 2017');
    expect(await app.library.getByText('Superseded').count()).toBe(1);
    await app.screenshot('new-version-02-moved');
  });

  it('dismisses an orphan, which Undo brings back', async () => {
    const orphans = app.document.getByRole('region', { name: 'Orphans' });
    const dismissed = orphans.getByRole('listitem').filter({ hasText: DISMISSED_QUOTE });
    await dismissed.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => dismissed.count()).toBe(0);
    await expect.poll(() => app.claimItem('afc benefits').count()).toBe(0);
    await app.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => dismissed.count()).toBe(1);
    await dismissed.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => dismissed.count()).toBe(0);
  });

  it('re-attaches an orphan to a passage the researcher selects, and clears a checked flag', async () => {
    const orphans = app.document.getByRole('region', { name: 'Orphans' });
    await orphans.getByRole('button', { name: 'Re-select passage' }).click();
    await app.selectPassage('However, it is too early to determine');
    await app.screenshot('new-version-03-reselect');
    await orphans.getByRole('button', { name: 'Attach passage' }).click();
    await orphans.waitFor({ state: 'detached' });
    await expect
      .poll(() => app.claimItem('slough evaluation').locator('.claim-quote').textContent())
      .toBe('“However, it is too early to determine”');

    const changed = app.claimItem('trust effect');
    await changed.getByRole('button', { name: 'Checked' }).click();
    await changed.getByRole('note', { name: 'Quote changed' }).waitFor({ state: 'detached' });
    await app.screenshot('new-version-04-reattached');
  });

  it('keeps the old version readable, marked superseded', async () => {
    await app.library.getByRole('button', { name: /Superseded/ }).click();
    const note = app.document.getByRole('note', { name: 'Versions' });
    await note.waitFor();
    expect(await note.textContent()).toContain('Superseded by “Social Services: Children”');
    expect(await app.document.textContent()).toContain(ORPHAN_QUOTE);
    await app.screenshot('new-version-05-superseded');
    await note.getByRole('button', { name: 'Open newer version' }).click();
    await expect.poll(() => app.document.textContent()).toContain('Updated on 3rd January 2018');
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
