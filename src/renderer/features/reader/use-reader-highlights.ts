// What the reader highlights in the open source: its listed claims and its suggestions, placed in its text.
// The claims of the first screen are read and drawn first (use-first-screen-claims); then all the source's
// claims are read, a page at a time so no read is a long task (storage/claims-in-pages, a live query, so
// an edit shows at once), and anchored (use-anchored-claims, in the worker when there are many); from then
// on those are shown, orphans listed. So a source with 20,000 claims shows the highlights in view without
// waiting for the other 19,900 to be read. Which of these is drawn is said (`drawn`), and the reader sets it
// on its text as data-highlights.
import { useMemo } from 'react';
import type { Claim, ClaimStatus } from '../../../core/model/records';
import { useWorkbench } from '../../services/workbench-context';
import { listClaimsOfSourceInPages } from '../../storage/claims-in-pages';
import { useLiveData } from '../../storage/live-query';
import type { AnchoredClaims } from './anchor-claims';
import type { ReaderOpening } from './first-screen-window';
import { useAnchoredClaims } from './use-anchored-claims';
import { useFirstScreenClaims } from './use-first-screen-claims';

const SHOWN: ClaimStatus[] = ['accepted', 'verified', 'suggested'];
const NONE: Claim[] = [];

/** What is drawn: nothing yet, the first screen's claims placed where stored, or all, anchored. */
export type DrawnHighlights = 'none' | 'first-screen' | 'all';
export type ReaderHighlights = {
  claims: Claim[];
  suggestions: Claim[];
  anchored: AnchoredClaims;
  drawn: DrawnHighlights;
};
type Split = { claims: Claim[]; suggestions: Claim[] };

/** All the shown claims of the source, split into listed claims and suggestions; null while being read. */
function useAllClaimsOf(sourceId: string | null): Split | null {
  const { store } = useWorkbench();
  const read = useLiveData(
    async () => ({
      sourceId,
      claims: sourceId === null ? NONE : await listClaimsOfSourceInPages(store, sourceId, SHOWN),
    }),
    [store, sourceId],
  );
  const all =
    read.status === 'failed'
      ? NONE
      : read.status === 'ready' && read.data.sourceId === sourceId
        ? read.data.claims
        : null;
  return useMemo(() => {
    if (all === null) return null;
    if (all.length === 0) return { claims: NONE, suggestions: NONE };
    return {
      claims: all.filter((c) => c.status !== 'suggested'),
      suggestions: all.filter((c) => c.status === 'suggested'),
    };
  }, [all]);
}

/** `opening`: what the reader opens the source to show (a passage, a claim), whose stretch is read first. */
export function useReaderHighlights(
  sourceId: string | null,
  text: string | undefined,
  opening: ReaderOpening,
): ReaderHighlights {
  const first = useFirstScreenClaims(sourceId, text, opening);
  // All the claims are read once the first screen's are, so that read never delays the first highlights.
  const all = useAllClaimsOf(first.read ? sourceId : null);
  const anchored = useAnchoredClaims(sourceId, text, all?.claims ?? NONE, all?.suggestions ?? NONE);
  if (first.read && all !== null && anchored !== null) return { ...all, anchored, drawn: 'all' };
  return { ...first, drawn: first.read ? 'first-screen' : 'none' };
}
