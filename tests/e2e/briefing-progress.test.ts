// The briefing of a library too large to compose in a blink, in real Chromium: the dialog says how far the
// worker is and offers "Cancel"; cancelling leaves no preview and says so; "Generate again" composes it,
// the window answering all the while; the briefing's start is shown while its other references are
// formatted, export waiting for the whole; a preview of many citations says the export holds them all.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildLibrary } from '../../scripts/scale/generate-library.mjs';
import { DEFAULT_CITATION_STYLE } from '../../src/core/briefing/csl/citation-styles';
import { composeBriefing } from '../../src/core/briefing/compose-briefing';
import { writeMarkdown } from '../../src/core/briefing/writers/write-markdown';
import type { Library } from '../../src/core/model/records';
import { launchBrowser } from './support/browser';
import { openWorkbench, WorkbenchPage } from './pages/workbench-page';

/** A Markdown briefing's References list and its notes, as lines. */
function referencesAndNotes(markdown: string): string[] {
  const lines = markdown.split('\n');
  const from = lines.indexOf('## References');
  return lines.slice(from).filter((line) => line.startsWith('- ') || line.startsWith('[^'));
}

describe('the briefing of a large library', () => {
  let browser: Browser;
  let app: WorkbenchPage;
  let consoleErrors: string[] = [];
  let library: Library;

  beforeAll(async () => {
    // Many sources for the claims, so that the first 300 citations cite only some of them and the rest
    // of the references take a noticeable while to format after the start is shown; more than a
    // thousand of those left (csl/batch-count), so that they are formatted in batches, in workers.
    library = buildLibrary({
      seed: 5,
      sources: 2_500,
      claims: 5_000,
      sourceChars: 2_000,
      tags: 30,
      briefings: 0,
    }) as Library;
    browser = await launchBrowser();
    ({ app, errors: consoleErrors } = await openWorkbench(browser, inject('baseUrl')));
    await app.importGeneratedLibrary('briefing-progress', library);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the progress, cancels, and generates again', async () => {
    const dialog = app.page.getByRole('dialog', { name: 'Briefing' });
    const progress = dialog.getByRole('status', { name: 'Briefing progress' });
    // "Cancel" is pressed, in the page itself, the moment the worker reports it is at work, so it surely
    // still is. The stage it was at is kept.
    const stage = await app.page.evaluate(
      () =>
        new Promise<string>((done) => {
          const watch = new MutationObserver(() => {
            const line = document.querySelector('.briefing-progress');
            const text = line?.textContent ?? '';
            if (!/^(Reading|Composing)/.test(text)) return;
            watch.disconnect();
            line?.querySelector('button')?.click();
            done(text);
          });
          watch.observe(document.body, { subtree: true, childList: true, characterData: true });
          [...document.querySelectorAll('button')]
            .find((b) => b.textContent === 'Generate briefing')
            ?.click();
        }),
    );
    expect(stage).toMatch(
      /^(Reading the library \(\d of 3\)|Composing the briefing from [\d,]+ claims)…Cancel$/,
    );
    await expect
      .poll(() => progress.textContent(), { timeout: 10_000 })
      .toContain('Cancelled: the briefing was not generated.');
    const preview = dialog.locator('.briefing-preview');
    expect(await preview.innerHTML()).toBe('');
    expect(await dialog.getByRole('button', { name: 'Export briefing' }).isDisabled()).toBe(true);

    // Every state the progress line shows while the briefing is generated again.
    // And, once the briefing's start is shown while its other references are formatted, what the dialog
    // offered then.
    await app.page.evaluate(() => {
      const seen: string[] = [];
      const held = window as unknown as { seenProgress: string[]; whileFormatting?: unknown };
      held.seenProgress = seen;
      const line = document.querySelector('.briefing-progress');
      new MutationObserver(() => {
        const text = line?.textContent ?? '';
        seen.push(text);
        if (held.whileFormatting || !text.startsWith('Formatting the references')) return;
        const exportButton = [...document.querySelectorAll('button')].find(
          (b) => b.textContent === 'Export briefing',
        );
        held.whileFormatting = {
          notes: document.querySelectorAll('.briefing-preview ol.notes > li').length,
          exportDisabled: exportButton?.disabled,
          batches: Number(line?.getAttribute('data-batches')),
        };
      }).observe(line!, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await progress.getByRole('button', { name: 'Generate again' }).click();
    // The window keeps answering while the worker composes: the dialog's own fields can be used.
    await dialog.getByLabel('Citation style').focus();
    await dialog.locator('.briefing-preview[aria-busy="false"]').waitFor({ timeout: 120_000 });
    await progress.waitFor({ state: 'detached' });
    const seen = await app.page.evaluate(
      () => (window as unknown as { seenProgress: string[] }).seenProgress,
    );
    expect(seen.join('\n')).toMatch(
      /Reading the library \(\d of 3\)…|Composing the briefing from [\d,]+ claims…/,
    );
    expect(await dialog.locator('.dialog-count').textContent()).toMatch(/^[\d,]+ claims$/);
    const notes = await preview.locator('ol.notes > li').count();
    expect(seen.join('\n')).toMatch(/Formatting the references of [\d,]+ sources…/);
    const whileFormatting = await app.page.evaluate(
      () => (window as unknown as { whileFormatting?: unknown }).whileFormatting,
    );
    // The start already shown, with as many notes as the finished preview; nothing to export yet. The
    // references the start did not need are formatted in a batch per core (at most four).
    const cores = await app.page.evaluate(() => navigator.hardwareConcurrency);
    expect(cores).toBeGreaterThanOrEqual(2);
    expect(whileFormatting).toEqual({ notes, exportDisabled: true, batches: Math.min(4, cores) });
    expect(notes).toBeGreaterThan(0);
    expect(notes).toBeLessThanOrEqual(300);
    expect(await dialog.textContent()).toMatch(
      new RegExp(`The preview shows the first ${notes} of [\\d,]+ citations; the export holds them all`),
    );
    // The generated library has claims on sources deleted since: their quotes are listed before export.
    await dialog.getByRole('button', { name: 'Export briefing' }).click();
    const confirm = dialog.getByRole('alertdialog', { name: 'Unverified quotes' });
    const note = await app.downloadText(confirm.getByRole('button', { name: 'Export anyway' }));
    const exported = [...note.text.matchAll(/^\[\^(\d+)\]:/gm)].length;
    expect(exported).toBeGreaterThan(notes);
    // What the workers formatted reads exactly as core formats it in one thread: every reference, in the
    // style's order, and every note's in-text form.
    const expected = writeMarkdown(
      composeBriefing({
        title: 'Briefing',
        claims: library.claims,
        sources: library.sources.filter((source) => !source.deleted),
        tags: library.tags,
        style: DEFAULT_CITATION_STYLE,
        generatedAt: '',
      }),
    );
    expect(referencesAndNotes(note.text)).toEqual(referencesAndNotes(expected));
    await app.screenshot('briefing-progress-02-ready');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('logged no errors in the console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
