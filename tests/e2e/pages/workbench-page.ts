// Page model of the workbench for the e2e tests: the user's actions by the names a screen reader hears,
// so the tests read as the loop a researcher follows and survive changes of markup.
import type { Download, Locator, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { screenshotDir } from '../support/browser';

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

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('heading', { name: 'Evidence workbench' }).waitFor();
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

  async importDocuments(files: string[]): Promise<void> {
    await this.chooseFiles('Import documents', files);
  }

  sourceButton(title: string | RegExp): Locator {
    return this.library.getByRole('button', { name: title });
  }

  async openSource(title: string | RegExp): Promise<void> {
    await this.sourceButton(title).click();
    await this.document.locator('.reader-text').waitFor();
  }

  async readerText(): Promise<string> {
    return (await this.document.locator('.reader-text').textContent()) ?? '';
  }

  /** Selects the first occurrence of `passage` in the open document, as a user's drag would. */
  async selectPassage(passage: string): Promise<void> {
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

  async addClaim(passage: string, input: ClaimInput): Promise<void> {
    await this.selectPassage(passage);
    await this.page.getByRole('button', { name: 'Add claim' }).click();
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
}
