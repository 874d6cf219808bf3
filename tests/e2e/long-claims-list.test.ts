// A Claims list of thousands of claims, in real Chromium: it stays a list a screen reader can count (each
// card says its place of how many) while only the cards near view exist; Home, End and the arrow keys move
// focus card to card across the whole list, each card brought into view; and cards of different heights,
// scrolled to anywhere, sit one under the other with their content, neither overlapping nor leaving holes.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildLibrary } from '../../scripts/scale/generate-library.mjs';
import { launchBrowser } from './support/browser';
import { openWorkbench, WorkbenchPage } from './pages/workbench-page';

/**
 * The focused card's place in the list, and whether it shows in the list's scroll area (its top in view: a
 * card may grow after it is brought into view, when its cross-check badges arrive).
 */
function focusedCard(app: WorkbenchPage) {
  return app.page.evaluate(() => {
    const card = document.activeElement as HTMLElement | null;
    const scroller = document.querySelector('.claims .pane-scroll');
    if (!card?.classList.contains('claim-card') || !scroller) return null;
    const box = card.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    return {
      place: Number(card.getAttribute('aria-posinset')),
      of: Number(card.getAttribute('aria-setsize')),
      inView: box.top >= view.top - 1 && box.top < view.bottom - 20,
    };
  });
}

/** The cards drawn in view: their places, and the space between each and the next (negative: overlap). */
function cardsInView(app: WorkbenchPage) {
  return app.page.evaluate(() => {
    const scroller = document.querySelector('.claims .pane-scroll');
    if (!scroller) return null;
    const view = scroller.getBoundingClientRect();
    const rows = [...document.querySelectorAll<HTMLElement>('.claim-list > [aria-posinset]')]
      .map((row) => ({ row, box: row.getBoundingClientRect() }))
      .filter(({ box }) => box.bottom > view.top && box.top < view.bottom)
      .sort((a, b) => a.box.top - b.box.top);
    return {
      places: rows.map(({ row }) => Number(row.getAttribute('aria-posinset'))),
      waiting: rows.filter(({ row }) => !row.classList.contains('claim-card')).length,
      spaces: rows.slice(1).map(({ box }, i) => Math.round(box.top - (rows[i]?.box.bottom ?? 0))),
      heights: rows.map(({ box }) => Math.round(box.height)),
    };
  });
}

describe('a long Claims list', () => {
  let browser: Browser;
  let app: WorkbenchPage;
  let errors: string[] = [];

  beforeAll(async () => {
    const library = buildLibrary({
      seed: 9,
      sources: 60,
      claims: 2_400,
      sourceChars: 2_000,
      tags: 20,
      briefings: 0,
    });
    browser = await launchBrowser();
    ({ app, errors } = await openWorkbench(browser, inject('baseUrl'), { width: 1280, height: 800 }));
    await app.importGeneratedLibrary('long-claims-list', library);
    await app.claims.locator('.claim-card').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('tells each card its place of all, with only the cards near view in the page', async () => {
    const count = Number(await app.claims.locator('.pane-count').textContent());
    expect(count).toBeGreaterThan(1_000);
    const first = app.claims.locator('.claim-card').first();
    expect(await first.getAttribute('aria-setsize')).toBe(String(count));
    expect(await first.getAttribute('aria-posinset')).toBe('1');
    expect(await app.claims.locator('.claim-list > li').count()).toBeLessThan(60);
  });

  it('moves focus with End, Home and the arrows across the whole list, keeping the card in view', async () => {
    const count = Number(await app.claims.locator('.pane-count').textContent());
    await app.claims.locator('.claim-card').first().focus();
    await app.page.keyboard.press('End');
    await expect.poll(() => focusedCard(app)).toEqual({ place: count, of: count, inView: true });
    await app.page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedCard(app)).toEqual({ place: count - 1, of: count, inView: true });
    await app.page.keyboard.press('Home');
    await expect.poll(() => focusedCard(app)).toEqual({ place: 1, of: count, inView: true });
    for (let i = 0; i < 3; i += 1) await app.page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedCard(app)).toEqual({ place: 4, of: count, inView: true });
  });

  it('places cards of any height one under the other wherever the list is scrolled to', async () => {
    for (const part of [0.5, 0.12, 0.87]) {
      await app.claims
        .locator('.pane-scroll')
        .evaluate((scroller, at) => (scroller.scrollTop = scroller.scrollHeight * at), part);
      // Drawn with their records (not placeholders) once the pages of records are read.
      await expect
        .poll(async () => {
          const drawn = await cardsInView(app);
          return drawn !== null && drawn.places.length > 2 && drawn.waiting === 0;
        })
        .toBe(true);
      const shown = await cardsInView(app);
      // Consecutive places, each card 8 px (the list's gap) under the last once all are measured.
      const first = shown?.places[0] ?? 0;
      expect(shown?.places).toEqual(shown?.places.map((_, i) => first + i));
      await expect
        .poll(async () => (await cardsInView(app))?.spaces.every((space) => space === 8))
        .toBe(true);
    }
    // The cards differ in height (notes, tags, statements), so this is not a list of equal rows.
    const heights = new Set((await cardsInView(app))?.heights);
    expect(heights.size).toBeGreaterThan(1);
  });

  it('logged no errors in the console', () => {
    expect(errors).toEqual([]);
  });
});
