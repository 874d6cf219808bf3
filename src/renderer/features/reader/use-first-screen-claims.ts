// The highlights of the part of a source the reader shows first, for a source with many claims: the claims
// whose stored passage starts in or near the stretch it opens at (first-screen-window: around the passage
// or claim it was asked to show, else the top) are read alone, through the [sourceId+textStart] index
// (storage/claim-text-start), and drawn where they were stored when the text there still reads as their
// quote (core's placeAtStoredPosition: one slice of the text each). A claim whose text changed under it
// waits for the anchoring worker, so no highlight is ever drawn on a passage that is not its quote; orphans
// are listed once all the claims are read. The reader shows these only until every claim is anchored.
import { useMemo, useRef } from 'react';
import { placeAtStoredPosition } from '../../../core/anchoring/stored-position';
import type { Claim, ClaimStatus } from '../../../core/model/records';
import { useWorkbench } from '../../services/workbench-context';
import { listClaimsOfSourceBetween, readClaimStart } from '../../storage/listed-claims';
import { useLiveData } from '../../storage/live-query';
import type { AnchoredClaims, PlacedClaim } from './anchor-claims';
import { firstScreenWindow, keepOpening, pickOpeningOffset, type ReaderOpening } from './first-screen-window';

const SHOWN: ClaimStatus[] = ['accepted', 'verified', 'suggested'];

export type FirstScreen = {
  /** False while the first screen's claims are being read. */
  read: boolean;
  claims: Claim[];
  suggestions: Claim[];
  anchored: AnchoredClaims;
};

const NOTHING: FirstScreen = {
  read: false,
  claims: [],
  suggestions: [],
  anchored: { placed: [], orphans: [] },
};

/** What a source was opened to show, kept while it stays open (first-screen-window's keepOpening). */
function useOpening(sourceId: string | null, asked: ReaderOpening): ReaderOpening {
  const opened = useRef<{ sourceId: string | null; opening: ReaderOpening | null }>({
    sourceId,
    opening: null,
  });
  if (opened.current.sourceId !== sourceId) opened.current = { sourceId, opening: null };
  const opening = keepOpening(opened.current.opening, asked);
  opened.current.opening = opening;
  return opening;
}

function placeAtStored(text: string, claims: readonly Claim[]): PlacedClaim[] {
  const placed: PlacedClaim[] = [];
  for (const claim of claims) {
    const at = claim.target.orphaned ? null : placeAtStoredPosition(text, claim.target.selector);
    if (at && at.end > at.start) placed.push({ claim, ...at });
  }
  return placed;
}

export function useFirstScreenClaims(
  sourceId: string | null,
  text: string | undefined,
  asked: ReaderOpening,
): FirstScreen {
  const { store } = useWorkbench();
  const { passageStart, claimId } = useOpening(sourceId, asked);
  const read = useLiveData(async () => {
    if (sourceId === null) return { sourceId, claims: [] };
    // A claim asked for is read alone first, for where it starts: one record by its key.
    const claimStart =
      passageStart === null && claimId !== null ? await readClaimStart(store, sourceId, claimId) : undefined;
    const range = firstScreenWindow(pickOpeningOffset({ passageStart, claimId }, claimStart));
    return { sourceId, claims: await listClaimsOfSourceBetween(store, sourceId, range, SHOWN) };
  }, [store, sourceId, passageStart, claimId]);
  return useMemo(() => {
    if (read.status === 'failed') return { ...NOTHING, read: true };
    if (read.status === 'loading' || read.data.sourceId !== sourceId || text === undefined) return NOTHING;
    const { claims } = read.data;
    return {
      read: true,
      claims: claims.filter((c) => c.status !== 'suggested'),
      suggestions: claims.filter((c) => c.status === 'suggested'),
      anchored: { placed: placeAtStored(text, claims), orphans: [] },
    };
  }, [read, sourceId, text]);
}
