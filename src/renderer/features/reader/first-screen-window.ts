// The stretch of a source whose claims the reader reads and draws first, before it has read the rest: the
// stretch around where it opens. It opens at the passage it was asked to show (a passage link, a search
// hit), else at the claim it was asked to show (from the Claims list, a search hit on a claim, a briefing's
// citation, a cross-check), else at the top. So a claim far into a source with thousands of claims is
// highlighted with the first screen, not a second later once all of them are read and placed. A source
// opened with nothing to show and then asked to show something (the source remembered from the last
// session opens at the top before a link to a passage in it has been read) opens at that instead.

/** Read before and after the offset the reader opens at: more than a screen and the one drawn ahead. */
export const FIRST_SCREEN_BEFORE = 4_000;
export const FIRST_SCREEN_AFTER = 12_000;

/** What the reader was asked to show as it opened a source. */
export type ReaderOpening = { passageStart: number | null; claimId: string | null };
export type TextWindow = { from: number; to: number };

const nothingAsked = (opening: ReaderOpening) => opening.passageStart === null && opening.claimId === null;

/**
 * What the open source is taken to be opened to show, from what it was (`kept`, null for a source just
 * opened) and what it is asked now: the first thing asked, so a later selection reads nothing more.
 */
export function keepOpening(kept: ReaderOpening | null, asked: ReaderOpening): ReaderOpening {
  return kept === null || nothingAsked(kept) ? asked : kept;
}

/** The offset the reader opens at: the passage's start, else the claim's stored start, else the top. */
export function pickOpeningOffset(opening: ReaderOpening, claimStart: number | undefined): number {
  if (opening.passageStart !== null) return Math.max(0, opening.passageStart);
  if (opening.claimId !== null && claimStart !== undefined) return Math.max(0, claimStart);
  return 0;
}

/** The stretch whose claims are read first (stored starts in [from, to)) for the offset opened at. */
export function firstScreenWindow(offset: number): TextWindow {
  return { from: Math.max(0, offset - FIRST_SCREEN_BEFORE), to: offset + FIRST_SCREEN_AFTER };
}
