// The highlights of the part of a source the reader shows first, for a source with many claims: the claims
// whose stored passage starts in or near that part are read alone, through the [sourceId+textStart] index
// (storage/claim-text-start), and drawn where they were stored when the text there still reads as their
// quote (core's placeAtStoredPosition: one slice of the text each). A claim whose text changed under it
// waits for the anchoring worker, so no highlight is ever drawn on a passage that is not its quote; orphans
// are listed once all the claims are read. The reader shows these only until every claim is anchored.
import { useMemo, useRef } from 'react';
import { placeAtStoredPosition } from '../../../core/anchoring/stored-position';
import type { Claim, ClaimStatus } from '../../../core/model/records';
import { useWorkbench } from '../../services/workbench-context';
import { listClaimsOfSourceBetween } from '../../storage/listed-claims';
import { useLiveData } from '../../storage/live-query';
import type { AnchoredClaims, PlacedClaim } from './anchor-claims';

/** Read before and after the offset the reader opens at: more than a screen and the one drawn ahead. */
const BEFORE = 4_000;
const AFTER = 12_000;
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

/** The offset a source was opened at, kept while it stays open (a later keyboard move reads nothing). */
function useOpeningOffset(sourceId: string | null, offset: number): number {
  const opened = useRef<{ sourceId: string | null; offset: number }>({ sourceId, offset });
  if (opened.current.sourceId !== sourceId) opened.current = { sourceId, offset };
  return opened.current.offset;
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
  openedAt: number,
): FirstScreen {
  const { store } = useWorkbench();
  const around = useOpeningOffset(sourceId, openedAt);
  const range = { from: Math.max(0, around - BEFORE), to: around + AFTER };
  const read = useLiveData(
    async () => ({
      sourceId,
      claims: sourceId === null ? [] : await listClaimsOfSourceBetween(store, sourceId, range, SHOWN),
    }),
    [store, sourceId, range.from, range.to],
  );
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
