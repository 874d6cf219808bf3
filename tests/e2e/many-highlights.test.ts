// A source with thousands of highlights, in real Chromium: the highlights of the screen it opens on are
// drawn first (those claims read alone, placed where they were stored), those further down once the rest
// are read and placed off the main thread; and every highlight drawn, first or later, sits on a passage of
// a claim it names, with every claim of the blocks in view drawn.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildLibrary } from '../../scripts/scale/generate-library.mjs';
import type { Claim } from '../../src/core/model/records';
import { launchBrowser } from './support/browser';
import { openWorkbench, WorkbenchPage } from './pages/workbench-page';

type Drawn = { start: number; end: number; ids: string[] };

/** The highlights drawn in the blocks in view, and the stretch of text those blocks hold. */
function drawnInView(app: WorkbenchPage) {
  return app.page.evaluate(() => {
    const scroller = document.querySelector('.reader-scroll');
    if (!scroller) return null;
    const view = scroller.getBoundingClientRect();
    const blocks = [...document.querySelectorAll<HTMLElement>('.reader-block')].filter((block) => {
      const box = block.getBoundingClientRect();
      return box.bottom > view.top && box.top < view.bottom;
    });
    const chunks = blocks.flatMap((block) => [...block.querySelectorAll<HTMLElement>('[data-start]')]);
    const marks: Drawn[] = chunks
      .filter((chunk) => chunk.matches('mark.highlight'))
      .map((mark) => ({
        start: Number(mark.dataset['start']),
        end: Number(mark.dataset['end']),
        ids: (mark.dataset['claimIds'] ?? '').split(' '),
      }));
    const offsets = chunks.flatMap((chunk) => [Number(chunk.dataset['start']), Number(chunk.dataset['end'])]);
    return { marks, from: Math.min(...offsets), to: Math.max(...offsets) };
  });
}

describe('a source with thousands of highlights', () => {
  let browser: Browser;
  let app: WorkbenchPage;
  let errors: string[] = [];
  const library = buildLibrary({
    seed: 12,
    sources: 1,
    claims: 3_000,
    sourceChars: 150_000,
    tags: 8,
    briefings: 0,
  });
  const source = library.sources[0]!;
  // The claims the reader highlights: listed and suggested, not rejected or deleted.
  const shown = new Map<string, Claim>(
    library.claims.filter((c) => !c.deleted && c.status !== 'rejected').map((c) => [c.id, c]),
  );
  const span = (claim: Claim) => claim.target.selector[1];

  /** Every mark lies inside the passage of each claim it names, and every claim of the stretch is drawn. */
  function expectDrawnRight(drawn: { marks: Drawn[]; from: number; to: number }) {
    for (const mark of drawn.marks)
      for (const id of mark.ids) {
        const claim = shown.get(id);
        expect(claim, id).toBeDefined();
        expect(span(claim!).start).toBeLessThanOrEqual(mark.start);
        expect(span(claim!).end).toBeGreaterThanOrEqual(mark.end);
      }
    const drawnIds = new Set(drawn.marks.flatMap((m) => m.ids));
    const within = [...shown.values()].filter(
      (c) => span(c).start >= drawn.from && span(c).end <= drawn.to && span(c).end > span(c).start,
    );
    expect(within.length).toBeGreaterThan(5);
    expect(within.filter((c) => !drawnIds.has(c.id)).map((c) => c.id)).toEqual([]);
  }

  /** Whether the blocks in view, past `from` in the text, are drawn right (as the poll retries). */
  async function drawnRight(from: number): Promise<boolean> {
    const drawn = await drawnInView(app);
    if (!drawn || drawn.from < from) return false;
    try {
      expectDrawnRight(drawn);
      return true;
    } catch {
      return false;
    }
  }

  beforeAll(async () => {
    expect(shown.size).toBeGreaterThan(1_000);
    browser = await launchBrowser();
    ({ app, errors } = await openWorkbench(browser, inject('baseUrl'), { width: 1280, height: 800 }));
    await app.importGeneratedLibrary('many-highlights', library);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws the highlights of the screen it opens on, each on its own passage', async () => {
    await app.openSource(source.title);
    await app.document.locator('mark.highlight').first().waitFor();
    const first = await drawnInView(app);
    expect(first?.from).toBe(0);
    // Whether these came from the first screen's read or all the claims, each sits on its passage.
    for (const mark of first!.marks)
      for (const id of mark.ids) {
        const claim = shown.get(id);
        expect(claim && span(claim).start <= mark.start && mark.end <= span(claim).end, id).toBe(true);
      }
    await expect.poll(() => drawnRight(0)).toBe(true);
    await app.screenshot('many-highlights-01-opened');
    // Hundreds of suggestions to review make the widest count the Suggestions tab shows: every tab's
    // label still shows whole at 1280 wide.
    await expect.poll(() => app.page.locator('.tab-count').textContent()).toMatch(/^\d{3}\+?$/);
    expect(await app.cutOffTabs()).toEqual([]);
  });

  it('draws the highlights far down the text once scrolled there', async () => {
    for (const part of [0.6, 0.95, 0.3]) {
      await app.document
        .locator('.reader-scroll')
        .evaluate((scroller, at) => (scroller.scrollTop = scroller.scrollHeight * at), part);
      await expect.poll(() => drawnRight(source.text.length * part * 0.5)).toBe(true);
    }
    await app.screenshot('many-highlights-02-scrolled');
    // Nothing could not be placed: the text is the one the claims were made on.
    expect(await app.document.getByRole('region', { name: /Orphans/ }).count()).toBe(0);
  });

  it('logged no errors in the console', () => {
    expect(errors).toEqual([]);
  });
});
