// The stretch of a source the reader reads first: around the passage it opens to show, else around the
// claim it opens to show (read alone for where it was stored), else the top; the first thing asked of a
// source opened with nothing asked counts as what it opened to show. Opened at a claim near the end
// of a long source, the first read holds that claim and its neighbours, not the claims of the top.
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../scripts/scale/generate-library.mjs';
import type { Claim } from '../../../src/core/model/records';
import {
  FIRST_SCREEN_AFTER,
  FIRST_SCREEN_BEFORE,
  firstScreenWindow,
  keepOpening,
  pickOpeningOffset,
  type ReaderOpening,
} from '../../../src/renderer/features/reader/first-screen-window';
import type { Store } from '../../../src/renderer/storage/database';
import { importLibrary } from '../../../src/renderer/storage/library-exchange';
import { listClaimsOfSourceBetween, readClaimStart } from '../../../src/renderer/storage/listed-claims';
import { freshStore } from '../storage/storage-kit';

const SHOWN = ['accepted', 'verified', 'suggested'] as const;
const startOf = (claim: Claim) => claim.target.selector[1].start;

/** What the reader reads first for an opening, as its first-screen hook does. */
async function readFirstScreen(store: Store, sourceId: string, opening: ReaderOpening) {
  const claimStart =
    opening.claimId === null ? undefined : await readClaimStart(store, sourceId, opening.claimId);
  const window = firstScreenWindow(pickOpeningOffset(opening, claimStart));
  return { window, claims: await listClaimsOfSourceBetween(store, sourceId, window, SHOWN) };
}

describe('the first screen the reader reads', () => {
  it('is the stretch around the offset opened at, never before the top', () => {
    expect(firstScreenWindow(0)).toEqual({ from: 0, to: FIRST_SCREEN_AFTER });
    expect(firstScreenWindow(1_000)).toEqual({ from: 0, to: 1_000 + FIRST_SCREEN_AFTER });
    expect(firstScreenWindow(90_000)).toEqual({
      from: 90_000 - FIRST_SCREEN_BEFORE,
      to: 90_000 + FIRST_SCREEN_AFTER,
    });
  });

  it('opens at the passage asked for, else the claim asked for, else the top', () => {
    expect(pickOpeningOffset({ passageStart: 500, claimId: 'c' }, 90_000)).toBe(500);
    expect(pickOpeningOffset({ passageStart: null, claimId: 'c' }, 90_000)).toBe(90_000);
    expect(pickOpeningOffset({ passageStart: null, claimId: 'c' }, undefined)).toBe(0);
    expect(pickOpeningOffset({ passageStart: null, claimId: null }, 90_000)).toBe(0);
  });

  it('keeps the first thing the open source was asked to show, even when asked after it opened', () => {
    const top = { passageStart: null, claimId: null };
    const passage = { passageStart: 80_000, claimId: null };
    const claim = { passageStart: null, claimId: 'c' };
    expect(keepOpening(null, claim)).toEqual(claim);
    // Opened at the top, then a link to a passage in it is read: the passage.
    expect(keepOpening(keepOpening(null, top), passage)).toEqual(passage);
    // Opened at a passage, then a claim is selected: still the passage, nothing more is read.
    expect(keepOpening(keepOpening(null, passage), claim)).toEqual(passage);
    expect(keepOpening(passage, top)).toEqual(passage);
  });

  it('holds a claim far into a long source, and its neighbours, when the reader opens at it', async () => {
    const { store } = freshStore();
    const library = buildLibrary({ seed: 15, sources: 2, claims: 1_200, sourceChars: 150_000, tags: 4 });
    expect((await importLibrary(store, library)).ok).toBe(true);
    const source = library.sources[0]!;
    const shown = library.claims.filter(
      (c) => c.sourceId === source.id && !c.deleted && (SHOWN as readonly string[]).includes(c.status),
    );
    const target = shown.reduce((last, c) => (startOf(c) > startOf(last) ? c : last));
    expect(startOf(target)).toBeGreaterThan(source.text.length - 10_000);

    const first = await readFirstScreen(store, source.id, { passageStart: null, claimId: target.id });
    expect(first.window.from).toBe(startOf(target) - FIRST_SCREEN_BEFORE);
    const near = shown.filter((c) => startOf(c) >= first.window.from && startOf(c) < first.window.to);
    expect(near.length).toBeGreaterThan(5);
    expect(first.claims.map((c) => c.id).sort()).toEqual(near.map((c) => c.id).sort());
    expect(first.claims.map((c) => c.id)).toContain(target.id);

    // A claim of another source (or one deleted since) says nothing of this text: the top is read.
    const other = library.claims.find((c) => c.sourceId !== source.id && !c.deleted)!;
    const top = await readFirstScreen(store, source.id, { passageStart: null, claimId: other.id });
    expect(top.window.from).toBe(0);
    expect(top.claims.map((c) => c.id)).not.toContain(target.id);
    const gone = library.claims.find((c) => c.sourceId === source.id && c.deleted);
    expect(gone).toBeDefined();
    expect(await readClaimStart(store, source.id, gone!.id)).toBeUndefined();
  });
});
