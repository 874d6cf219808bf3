// Page model of the workbench for the e2e tests: the user's actions by the names a screen reader hears,
// so the tests read as the loop a researcher follows and survive changes of markup.
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeBundle } from '../../../scripts/scale/generate-library.mjs';
import { screenshotDir } from '../support/browser';

/** The window size the workbench is designed and checked at. */
export const VIEWPORT = { width: 1400, height: 900 };

export type WorkbenchSession = { context: BrowserContext; app: WorkbenchPage; errors: string[] };

/** A fresh browser profile with the workbench open, collecting the page's errors for the test to check. */
export async function openWorkbench(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number } = VIEWPORT,
): Promise<WorkbenchSession> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const app = new WorkbenchPage(await context.newPage());
  const errors: string[] = [];
  app.page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  app.page.on('pageerror', (e) => errors.push(e.message));
  await app.open(url);
  return { context, app, errors };
}

export type ClaimInput = {
  kind: 'Figure' | 'Date' | 'Stance' | 'Quote';
  tags?: string[];
  note?: string;
  fill?: (form: Locator) => Promise<void>;
};

export class WorkbenchPage {
  constructor(readonly page: Page) {}

  get library(): Locator {
    return this.page.getByRole('region', { name: 'Library' });
  }
  get document(): Locator {
    return this.page.getByRole('region', { name: 'Document' });
  }
  get claims(): Locator {
    return this.page.getByRole('region', { name: 'Claims' });
  }
  get claimList(): Locator {
    return this.claims.getByRole('list', { name: 'Claim list' });
  }
  get suggestions(): Locator {
    return this.page.getByRole('region', { name: 'Suggestions' });
  }
  get crossChecks(): Locator {
    return this.page.getByRole('region', { name: 'Cross-checks' });
  }

  get searchResults(): Locator {
    return this.page.getByRole('region', { name: 'Search results' });
  }

  /** Types a query into the header's "Search" box and waits for its results to be counted. */
  async search(query: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search' }).fill(query);
    await this.searchResults
      .getByRole('status')
      .filter({ hasText: /\d+ sources?, / })
      .waitFor();
  }

  /** The find bar's count, e.g. "2 of 7". */
  findCount(): Locator {
    return this.document.getByRole('status', { name: 'Matches' });
  }

  /** Brings a tab of the side pane forward: "Claims", "Suggestions" or "Cross-checks". */
  async showTab(name: 'Claims' | 'Suggestions' | 'Cross-checks'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await this.page.getByRole('region', { name }).waitFor();
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('heading', { name: 'Evidence workbench' }).waitFor();
  }

  /** Presses Tab until the focused element passes the test (at most `max` times), as a keyboard user would. */
  async tabUntil(test: (el: Element) => boolean, max = 40): Promise<void> {
    const source = test.toString();
    for (let i = 0; i < max; i += 1) {
      await this.page.keyboard.press('Tab');
      const ok = await this.page.evaluate((fn) => {
        const el = document.activeElement;
        // The test is serialised to run in the page.
        return el ? (new Function(`return (${fn})`)() as (e: Element) => boolean)(el) : false;
      }, source);
      if (ok) return;
    }
    throw new Error(`Tab never reached the element (${max} presses)`);
  }

  /**
   * Scrolls the open document to the first place `text` appears, as a reader scrolling to it would, so the
   * highlights there are drawn (the reader draws them only for the part in view).
   */
  async scrollReaderTo(text: string): Promise<void> {
    const found = await this.document.evaluate((root, wanted) => {
      const chunk = [...root.querySelectorAll('.reader-text [data-start]')].find((el) =>
        (el.textContent ?? '').includes(wanted),
      );
      chunk?.scrollIntoView({ block: 'center' });
      return Boolean(chunk);
    }, text);
    if (!found) throw new Error(`"${text}" is not in the open document`);
  }

  /** The text of the passage shown as pending (selected by keyboard, or of the claim being written). */
  async pendingText(): Promise<string> {
    return this.document.evaluate((root) =>
      [...root.querySelectorAll('.highlight-pending')].map((el) => el.textContent ?? '').join(''),
    );
  }

  /** Fails unless the element is wholly inside the window: not cut off, not scrolled away. */
  async expectInView(locator: Locator): Promise<void> {
    const box = await locator.boundingBox();
    const size = this.page.viewportSize();
    if (!box || !size) throw new Error('The element is not shown.');
    const inside =
      box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
    if (!inside)
      throw new Error(`The element is not wholly in view: ${JSON.stringify(box)} in ${JSON.stringify(size)}`);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `${screenshotDir}/${name}.png` });
  }

  async chooseFiles(
    button: string,
    files: string[] | { name: string; mimeType: string; buffer: Buffer },
  ): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.page.getByRole('button', { name: button }).click(),
    ]);
    await chooser.setFiles(files);
  }

  /** "Import database" with a bundle, then "Import" in its preview; returns the preview's text. */
  async importDatabase(file: { name: string; mimeType: string; buffer: Buffer }): Promise<string> {
    await this.chooseFiles('Import database', file);
    const preview = this.page.getByRole('dialog', { name: 'Import database' });
    await preview.waitFor();
    await this.screenshot('import-database-preview');
    const text = (await preview.textContent()) ?? '';
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await preview.waitFor({ state: 'hidden' });
    return text;
  }

  /** The side pane's tabs whose label does not show whole (cut off or running into the next). */
  async cutOffTabs(): Promise<string[]> {
    const tabs = this.page.getByRole('tablist', { name: 'Side pane' }).getByRole('tab');
    return tabs.evaluateAll((all) =>
      all
        .filter((tab) => [tab, ...tab.children].some((e) => e.scrollWidth > e.clientWidth))
        .map((tab) => tab.textContent ?? ''),
    );
  }

  /**
   * A generated library (scripts/scale) written as a bundle under test-results and merged through "Import
   * database", once the app says it has merged it.
   */
  async importGeneratedLibrary(name: string, library: Parameters<typeof writeBundle>[1]): Promise<void> {
    mkdirSync('test-results', { recursive: true });
    const file = resolve(`test-results/${name}-library.json`);
    writeBundle(file, library, '2026-01-01T00:00:00.000Z');
    await this.importDatabase({
      name: 'library.json',
      mimeType: 'application/json',
      buffer: await readFile(file),
    });
    await this.notice(/^Merged library\.json into the library/).waitFor();
  }

  /** "Generate briefing", once its preview is composed (the worker composes it a moment after opening). */
  async openBriefing(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Generate briefing' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Briefing' });
    await dialog.locator('.briefing-preview[aria-busy="false"]').waitFor();
    return dialog;
  }

  async importDocuments(files: string[]): Promise<void> {
    await this.chooseFiles('Import documents', files);
  }

  /** Drags a file over the window and drops it, as from a file manager. */
  async dropFile(name: string, text: string): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ([fileName, content]) => {
        const data = new DataTransfer();
        data.items.add(new File([content], fileName, { type: 'text/plain' }));
        return data;
      },
      [name, text] as const,
    );
    const target = this.page.locator('body');
    await target.dispatchEvent('dragenter', { dataTransfer: transfer });
    await target.dispatchEvent('dragover', { dataTransfer: transfer });
    await target.dispatchEvent('drop', { dataTransfer: transfer });
  }

  sourceButton(title: string | RegExp): Locator {
    return this.library.getByRole('button', { name: title });
  }

  /** Opens a source and waits until the reader shows it (not the source it showed before). */
  async openSource(title: string | RegExp): Promise<void> {
    const button = this.sourceButton(title);
    await button.click();
    const shown = (await button.locator('.source-title').textContent()) ?? '';
    await this.page.waitForFunction(
      (want) => document.querySelector('[aria-label="Document"] .reader-title')?.textContent === want,
      shown,
    );
    await this.document.locator('.reader-text').waitFor();
  }

  async readerText(): Promise<string> {
    return (await this.document.locator('.reader-text').textContent()) ?? '';
  }

  /** Selects the first occurrence of `passage` in the open document, as a user's drag would. */
  async selectPassage(passage: string): Promise<void> {
    // Selected once every highlight is drawn: drawing them redraws the text, which drops a selection
    // made in the text the first screen's highlights were drawn in (a race a loaded machine loses).
    await this.document.locator('.reader-text[data-highlights="all"]').waitFor();
    const found = await this.page.evaluate((wanted) => {
      const root = document.querySelector('[aria-label="Document"] .reader-text');
      if (!root) return false;
      const chunks = [...root.querySelectorAll<HTMLElement>('[data-start][data-end]')];
      const start = (root.textContent ?? '').indexOf(wanted);
      if (start < 0) return false;
      const end = start + wanted.length;
      const locate = (offset: number, isEnd: boolean): [Node, number] => {
        const chunk = chunks.find((el) => {
          const a = Number(el.dataset['start']);
          const b = Number(el.dataset['end']);
          return isEnd ? offset > a && offset <= b : offset >= a && offset < b;
        });
        if (!chunk?.firstChild) throw new Error(`no text at offset ${offset}`);
        return [chunk.firstChild, offset - Number(chunk.dataset['start'])];
      };
      const range = document.createRange();
      range.setStart(...locate(start, false));
      range.setEnd(...locate(end, true));
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
      return true;
    }, passage);
    if (!found) throw new Error(`"${passage}" is not in the open document`);
  }

  /**
   * Selects the first occurrence of `passage` in the text shown on screen, which for a rendered view
   * (Markdown) leaves out markup: the shown text is read chunk by chunk and each end mapped to its chunk.
   */
  async selectShownPassage(passage: string): Promise<void> {
    const found = await this.page.evaluate((wanted) => {
      const root = document.querySelector('[aria-label="Document"] .reader-text');
      if (!root) return false;
      const chunks = [...root.querySelectorAll<HTMLElement>('[data-start][data-end]')];
      const owners: [Node, number][] = [];
      let shown = '';
      for (const chunk of chunks) {
        const node = chunk.firstChild;
        const text = node?.textContent ?? '';
        for (let i = 0; i < text.length; i += 1) owners.push([node as Node, i]);
        shown += text;
      }
      const start = shown.indexOf(wanted);
      if (start < 0) return false;
      const [endNode, endOffset] = owners[start + wanted.length - 1] as [Node, number];
      const range = document.createRange();
      range.setStart(...(owners[start] as [Node, number]));
      range.setEnd(endNode, endOffset + 1);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
      return true;
    }, passage);
    if (!found) throw new Error(`"${passage}" is not shown in the open document`);
  }

  /** Waits until the open PDF shows its pages: a drawn canvas and a text layer on the first page. */
  async waitForPdfPages(): Promise<void> {
    await this.document.locator('.pdf-page .textLayer span[data-pdf-item]').first().waitFor();
  }

  /** Brings a PDF page (0-based) into view, so it is drawn with its text layer. */
  async scrollToPdfPage(index: number): Promise<void> {
    const frame = this.document.locator(`[data-page-index="${index}"]`);
    await frame.scrollIntoViewIfNeeded();
    await frame.locator('.textLayer span[data-pdf-item]').first().waitFor();
  }

  /**
   * Selects on the rendered PDF pages, as a drag over the text layer would: from the start of `from` in
   * the first text-layer span holding it to the end of `to` in the first span at or after that one (which
   * may be on a later page).
   */
  async selectOnPdfPages(from: string, to: string = from): Promise<void> {
    const found = await this.page.evaluate(
      ({ first, last }) => {
        const spans = [
          ...document.querySelectorAll<HTMLElement>('[aria-label="Document"] .textLayer span[data-pdf-item]'),
        ];
        const a = spans.findIndex((s) => (s.textContent ?? '').includes(first));
        if (a < 0) return `no span holds "${first}"`;
        const startIn = (spans[a]!.textContent ?? '').indexOf(first);
        const b = spans.findIndex(
          (s, i) => i >= a && (s.textContent ?? '').indexOf(last, i === a ? startIn : 0) >= 0,
        );
        if (b < 0) return `no span after it holds "${last}"`;
        const endAt = (spans[b]!.textContent ?? '').indexOf(last, b === a ? startIn : 0) + last.length;
        const range = document.createRange();
        range.setStart(spans[a]!.firstChild!, startIn);
        range.setEnd(spans[b]!.firstChild!, endAt);
        const selection = getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        document.dispatchEvent(new Event('selectionchange'));
        return '';
      },
      { first: from, last: to },
    );
    if (found) throw new Error(found);
  }

  /** Selects on the PDF pages (see selectOnPdfPages) and saves a claim on the selection. */
  async addClaimOnPdf(from: string, to: string, input: ClaimInput): Promise<void> {
    await this.selectOnPdfPages(from, to);
    await this.saveNewClaim(input);
  }

  /** Like addClaim, for a passage as shown on screen (see selectShownPassage). */
  async addClaimOnScreen(passage: string, input: ClaimInput): Promise<void> {
    await this.selectUntilReady(() => this.selectShownPassage(passage));
    await this.fillNewClaim(input);
  }

  async addClaim(passage: string, input: ClaimInput): Promise<void> {
    await this.selectUntilReady(() => this.selectPassage(passage));
    await this.fillNewClaim(input);
  }

  /** Selects the passage and presses "Add claim", leaving the new claim's form open to be read. */
  async startClaimOn(passage: string): Promise<void> {
    await this.selectUntilReady(() => this.selectPassage(passage));
  }

  /**
   * Selects and presses "Add claim"; selects again if the text was redrawn under the selection first (a
   * live update landing just then replaces the highlighted text's nodes, as it would under a person's
   * drag, and "Add claim" goes back to disabled), up to four times.
   */
  private async selectUntilReady(select: () => Promise<void>): Promise<void> {
    const add = this.document.getByRole('button', { name: 'Add claim' });
    for (let attempt = 1; ; attempt += 1) {
      await select();
      const pressed = await add.click({ timeout: 2_000 }).then(
        () => true,
        () => false,
      );
      if (pressed) return;
      if (attempt === 4)
        throw new Error('"Add claim" stayed disabled after selecting the passage four times');
    }
  }

  private async saveNewClaim(input: ClaimInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Add claim' }).click();
    await this.fillNewClaim(input);
  }

  /** Fills the new claim's form (opened by "Add claim") and saves it. */
  private async fillNewClaim(input: ClaimInput): Promise<void> {
    const form = this.page.getByRole('form', { name: 'New claim' });
    await form.getByRole('radio', { name: input.kind, exact: true }).check();
    for (const tag of input.tags ?? []) {
      const tags = form.getByRole('combobox', { name: 'Tags' });
      await tags.fill(tag);
      await tags.press('Enter');
    }
    if (input.note) await form.getByLabel('Note').fill(input.note);
    await input.fill?.(form);
    await form.getByRole('button', { name: 'Save claim' }).click();
    await form.waitFor({ state: 'detached' });
  }

  /** The notice listing a batch's results, matched by a line it holds. */
  notice(text: string | RegExp): Locator {
    return this.page.locator('.notice').filter({ hasText: text });
  }

  /** Suggestions in the list whose passage is exactly `text`. */
  suggestionItems(text: string): Locator {
    return this.suggestions
      .getByRole('listitem')
      .filter({ has: this.page.locator('.suggestion-text').getByText(text, { exact: true }) });
  }

  /** How many suggestions the list holds, as a screen reader hears it: the sum of each group's set size. */
  async suggestionCount(): Promise<number> {
    return this.suggestions.evaluate((root) =>
      [...root.querySelectorAll('ul')].reduce(
        (n, list) => n + Number(list.querySelector('li[aria-setsize]')?.getAttribute('aria-setsize') ?? 0),
        0,
      ),
    );
  }

  /**
   * How many suggestions have exactly this passage. The list renders only what is in view, so it is
   * scrolled from top to bottom, as a person would, reading each suggestion as it appears.
   */
  async countSuggestions(text: string): Promise<number> {
    return this.suggestions.evaluate(async (root, wanted) => {
      const scroller = root.querySelector<HTMLElement>('.suggestions-body');
      if (!scroller) return 0;
      const frame = () =>
        new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const seen = new Map<string, string>();
      const before = scroller.scrollTop;
      scroller.scrollTop = 0;
      for (let last = -1; last !== scroller.scrollTop;) {
        last = scroller.scrollTop;
        await frame();
        for (const item of root.querySelectorAll<HTMLElement>('[data-suggestion-id]'))
          seen.set(
            item.dataset['suggestionId'] ?? '',
            item.querySelector('.suggestion-text')?.textContent ?? '',
          );
        scroller.scrollTop += Math.max(scroller.clientHeight / 2, 50);
      }
      scroller.scrollTop = before;
      // The list draws the rows of the place scrolled back to, as a person would see them, before returning.
      await frame();
      return [...seen.values()].filter((t) => t === wanted).length;
    }, text);
  }

  /** Presses "Suggest claims" (or another suggest button) and returns the notice that reports the run. */
  async suggestClaims(button = 'Suggest claims'): Promise<string> {
    const messages = this.page.getByRole('status', { name: 'Messages' });
    // Earlier messages are dismissed first, so the one read is this run's.
    const dismiss = messages.getByRole('button', { name: 'Dismiss' });
    while ((await dismiss.count()) > 0) await dismiss.first().click();
    await this.page.getByRole('button', { name: button, exact: true }).click();
    const notice = messages.getByText(/suggestions/);
    await notice.first().waitFor();
    return (await notice.first().textContent()) ?? '';
  }

  claimItem(text: string): Locator {
    return this.claimList.getByRole('listitem').filter({ hasText: text });
  }

  async download(button: Locator | string): Promise<Download> {
    const target = typeof button === 'string' ? this.page.getByRole('button', { name: button }) : button;
    const [download] = await Promise.all([this.page.waitForEvent('download'), target.click()]);
    return download;
  }

  async downloadText(button: Locator | string): Promise<{ name: string; text: string }> {
    const download = await this.download(button);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** "Export database" in the chosen Format (by option value; default the library bundle), downloaded. */
  async exportDatabase(
    format = 'bundle',
    options: { onlyShown?: boolean } = {},
  ): Promise<{ name: string; text: string }> {
    const { name, bytes } = await this.exportDatabaseBytes(format, options);
    return { name, text: bytes.toString('utf8') };
  }

  /** The same, as bytes: for the zipped formats (REFI-QDA project). */
  async exportDatabaseBytes(
    format: string,
    options: { onlyShown?: boolean } = {},
  ): Promise<{ name: string; bytes: NonSharedBuffer }> {
    await this.page.getByRole('button', { name: 'Export database' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Export database' });
    await dialog.getByLabel('Format').selectOption(format);
    if (options.onlyShown) await dialog.getByRole('checkbox', { name: /^Only the/ }).check();
    const download = await this.download(dialog.getByRole('button', { name: 'Export', exact: true }));
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }
}
