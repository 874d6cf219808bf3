// How the reader opens a source with thousands of claims, in real Chromium. Opened at a claim far into the
// text (its "Show" in the Claims list), that claim's highlight is drawn with the first screen — the claims
// around it read alone and placed where they were stored — not only once all the claims are read and
// placed, and it is brought into view; a later redraw leaves the text where the researcher scrolled. The
// highlights the worker placed are never shown for another source with the same text (the same report
// imported twice), nor for the same source opened again after one of its claims was deleted. What is drawn
// at each step is watched in the page as the reader commits it (a MutationObserver), beside the stage the
// reader reports (data-highlights).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildLibrary } from '../../scripts/scale/generate-library.mjs';
import type { Claim, Source } from '../../src/core/model/records';
import { launchBrowser } from './support/browser';
import { openWorkbench, WorkbenchPage } from './pages/workbench-page';

/** Polls wait this long: the worker places 6,000 claims on a machine that may be busy. */
const SLOW = { timeout: 15_000 };

type FirstDrawn = { drawn: string | undefined; marks: { start: number; end: number; text: string }[] };

const span = (claim: Claim) => claim.target.selector[1];
const shownStatus = (claim: Claim) => !claim.deleted && claim.status !== 'rejected';

/** One generated source, and a second with the same text and copies of its claims under their own ids. */
function buildTwinLibrary() {
  const library = buildLibrary({
    seed: 31,
    sources: 1,
    claims: 3_000,
    sourceChars: 150_000,
    tags: 8,
    briefings: 0,
  });
  const source = library.sources[0]!;
  const twin: Source = {
    ...source,
    id: createHash('sha256').update(`twin of ${source.id}`).digest('hex'),
    title: 'Same text imported again',
    fileName: 'same-text-again.txt',
  };
  const twinClaims = library.claims.map((c) => ({
    ...c,
    id: `7e57${c.id.slice(4)}`,
    sourceId: twin.id,
    target: { ...c.target, source: twin.id },
  }));
  // The claim opened from the Claims list: the listed claim starting last, made the newest so it is listed first.
  const listed = library.claims.filter(
    (c) => !c.deleted && (c.status === 'accepted' || c.status === 'verified'),
  );
  const target = listed.reduce((last, c) => (span(c).start > span(last).start ? c : last));
  const newest = library.claims.reduce((t, c) => (c.updatedAt > t ? c.updatedAt : t), '');
  const stamp = new Date(Date.parse(newest) + 86_400_000).toISOString();
  Object.assign(target, { createdAt: stamp, updatedAt: stamp });
  // The claim deleted from the Claims list while the reader shows the top: the listed claim starting first,
  // listed second.
  const first = listed.reduce((low, c) => (span(c).start < span(low).start ? c : low));
  const before = new Date(Date.parse(stamp) - 60_000).toISOString();
  Object.assign(first, { createdAt: before, updatedAt: before });
  // The claim deleted while another source is open: the next listed claim from the top, listed third.
  const second = listed.reduce((low, c) =>
    c !== first && (low === first || span(c).start < span(low).start) ? c : low,
  );
  const earlier = new Date(Date.parse(stamp) - 120_000).toISOString();
  Object.assign(second, { createdAt: earlier, updatedAt: earlier });
  // A third source with the same text and only a few claims: placed in the page, not by the worker.
  const small: Source = {
    ...source,
    id: createHash('sha256').update(`small copy of ${source.id}`).digest('hex'),
    title: 'Same text, a few claims',
    fileName: 'same-text-few-claims.txt',
  };
  const smallClaims = library.claims.slice(0, 10).map((c) => ({
    ...c,
    id: `5a11${c.id.slice(4)}`,
    sourceId: small.id,
    target: { ...c.target, source: small.id },
  }));
  return {
    library: {
      ...library,
      sources: [source, twin, small],
      claims: [...library.claims, ...twinClaims, ...smallClaims],
    },
    source,
    twin,
    small,
    target,
    first,
    second,
    sourceClaimIds: new Set(library.claims.filter(shownStatus).map((c) => c.id)),
    twinClaimIds: new Set(twinClaims.filter(shownStatus).map((c) => c.id)),
  };
}

/**
 * Records in the page, as `firstDrawn`, the first commit that draws the claim's highlight and the stage
 * the reader says it has drawn then (run in the page: self-contained).
 */
function watchFirstDrawn(id: string): void {
  const record = window as unknown as { firstDrawn?: FirstDrawn };
  const observer = new MutationObserver(() => {
    const text = document.querySelector<HTMLElement>('.reader-text');
    const marks = [...(text?.querySelectorAll<HTMLElement>(`mark[data-claim-ids~="${id}"]`) ?? [])];
    if (!text || marks.length === 0) return;
    record.firstDrawn = {
      drawn: text.dataset['highlights'],
      marks: marks.map((m) => ({
        start: Number(m.dataset['start']),
        end: Number(m.dataset['end']),
        text: m.textContent ?? '',
      })),
    };
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

describe('the reader opening a source with thousands of claims', () => {
  let browser: Browser;
  let app: WorkbenchPage;
  let errors: string[] = [];
  const { library, source, twin, small, target, first, second, sourceClaimIds, twinClaimIds } =
    buildTwinLibrary();

  /** From now on, records every claim drawn while the reader shows the source, from its first commit on. */
  const recordDrawn = (sourceId: string) =>
    app.page.evaluate((id) => {
      const record = window as unknown as { drawnIds: string[]; drawnWatch?: MutationObserver };
      record.drawnWatch?.disconnect();
      record.drawnIds = [];
      const seen = new Set<string>();
      record.drawnWatch = new MutationObserver(() => {
        const text = document.querySelector(`.reader-text[data-source-id="${id}"]`);
        for (const mark of text?.querySelectorAll<HTMLElement>('mark.highlight') ?? [])
          for (const claimId of (mark.dataset['claimIds'] ?? '').split(' '))
            if (!seen.has(claimId)) {
              seen.add(claimId);
              record.drawnIds.push(claimId);
            }
      });
      record.drawnWatch.observe(document.body, { subtree: true, childList: true, attributes: true });
    }, sourceId);
  const readDrawn = () => app.page.evaluate(() => (window as unknown as { drawnIds: string[] }).drawnIds);

  /** The target's highlight came with the first screen, on its own passage. */
  async function expectDrawnFirst(page: WorkbenchPage): Promise<void> {
    await page.page.waitForFunction(() => 'firstDrawn' in window);
    const first = await page.page.evaluate(
      () => (window as unknown as { firstDrawn: FirstDrawn }).firstDrawn,
    );
    expect(first.drawn).toBe('first-screen');
    // The marks start where the claim does, lie inside it, and read as the text there.
    expect(Math.min(...first.marks.map((m) => m.start))).toBe(span(target).start);
    for (const mark of first.marks) {
      expect(mark.start).toBeGreaterThanOrEqual(span(target).start);
      expect(mark.end).toBeLessThanOrEqual(span(target).end);
      expect(mark.text).toBe(source.text.slice(mark.start, mark.end));
    }
  }

  const stage = () => app.document.locator('.reader-text').getAttribute('data-highlights');

  /** Once the reader has drawn every highlight of the open source: the claim ids it drew (several). */
  async function allDrawn(): Promise<string[]> {
    await expect.poll(stage, SLOW).toBe('all');
    await expect
      .poll(() => app.document.locator('.reader-text mark.highlight').count(), SLOW)
      .toBeGreaterThan(5);
    const drawn = await readDrawn();
    expect(drawn.length).toBeGreaterThan(5);
    return drawn;
  }

  beforeAll(async () => {
    expect(sourceClaimIds.size).toBeGreaterThan(1_000);
    expect(span(target).start).toBeGreaterThan(source.text.length - 8_000);
    browser = await launchBrowser();
    ({ app, errors } = await openWorkbench(browser, inject('baseUrl'), { width: 1280, height: 800 }));
    await app.importGeneratedLibrary('reader-opening', library);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws the claim it opens at, far into the text, with the first screen', async () => {
    await app.page.evaluate(watchFirstDrawn, target.id);
    const card = app.claimList.getByRole('listitem').first();
    await expect.poll(() => card.textContent(), SLOW).toContain(target.statement.slice(0, 40));
    await card.getByRole('button', { name: 'Show' }).click();

    await expectDrawnFirst(app);
    await expect.poll(stage, SLOW).toBe('all');
    const mark = app.document.locator(`mark[data-claim-ids~="${target.id}"]`).first();
    // Scrolled to once it is drawn, and in view once the blocks it lands among are drawn.
    await expect
      .poll(
        () =>
          app.expectInView(mark).then(
            () => true,
            () => false,
          ),
        SLOW,
      )
      .toBe(true);
    await app.screenshot('reader-opening-01-far-claim');
  });

  it('leaves the text where the researcher scrolled when the highlights are drawn again', async () => {
    const scroller = app.document.locator('.reader-scroll');
    await scroller.evaluate((el) => (el.scrollTop = 0));
    const deleted = app.document.locator(`mark[data-claim-ids~="${first.id}"]`);
    await expect.poll(() => deleted.count(), SLOW).toBeGreaterThan(0);
    const card = app.claimList.getByRole('listitem').nth(1);
    await expect.poll(() => card.textContent(), SLOW).toContain(first.statement.slice(0, 40));
    await card.getByRole('button', { name: 'Delete' }).click();
    // Redrawn without the deleted claim; a frame or two later the text is still at the top.
    await expect.poll(() => deleted.count(), SLOW).toBe(0);
    const top = await scroller.evaluate(async (el) => {
      for (let i = 0; i < 3; i += 1) await new Promise(requestAnimationFrame);
      return el.scrollTop;
    });
    expect(top).toBe(0);
  });

  it('draws none of the highlights placed when the source was open before, once its claims changed', async () => {
    expect(span(second).start).toBeLessThan(4_000);
    await app.openSource(small.title);
    const card = app.claimList.getByRole('listitem').nth(1);
    await expect.poll(() => card.textContent(), SLOW).toContain(second.statement.slice(0, 40));
    await card.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => card.textContent(), SLOW).not.toContain(second.statement.slice(0, 40));
    await recordDrawn(source.id);
    await app.openSource(source.title);
    const drawn = await allDrawn();
    expect(drawn).not.toContain(second.id);
  });

  it('draws the claims of a passage a link opens with the first screen, the source reopened at the top', async () => {
    // A new window of this profile reopens the source open last (this one) at the top, then reads the link.
    const page = await app.page.context().newPage();
    const linked = new WorkbenchPage(page);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(watchFirstDrawn, target.id);
    const hash = new URLSearchParams({
      source: source.id,
      start: String(span(target).start),
      end: String(span(target).end),
    });
    await linked.open(`${inject('baseUrl')}#${hash.toString()}`);
    await expect
      .poll(() => linked.pendingText(), SLOW)
      .toBe(source.text.slice(span(target).start, span(target).end));
    await expectDrawnFirst(linked);
    await linked.screenshot('reader-opening-03-linked-passage');
    await page.close();
  });

  it("never shows one source's highlights on another with the same text", async () => {
    await recordDrawn(twin.id);
    await app.openSource(twin.title);
    const drawn = await allDrawn();
    expect(drawn.filter((id) => sourceClaimIds.has(id))).toEqual([]);
    expect(drawn.filter((id) => !twinClaimIds.has(id))).toEqual([]);
    await app.screenshot('reader-opening-02-same-text');
  });

  it('logged no errors in the console', () => {
    expect(errors).toEqual([]);
  });
});
