// What the reader highlights in the open source: its listed claims and its suggestions, placed in its text.
// The claims of the first screen are read and drawn first (use-first-screen-claims), then all the source's
// claims are read (data/use-claims-of-source) and anchored (use-anchored-claims, in the worker when there
// are many), and from then on those are shown, orphans listed. So a source with 20,000 claims shows the
// highlights in view without waiting for the other 19,900 to be read.
import type { Claim, ClaimStatus } from '../../../core/model/records';
import { useClaimsOfSourceRead } from '../../data/use-claims-of-source';
import type { AnchoredClaims } from './anchor-claims';
import { useAnchoredClaims } from './use-anchored-claims';
import { useFirstScreenClaims } from './use-first-screen-claims';

const LISTED: ClaimStatus[] = ['accepted', 'verified'];
const SUGGESTED: ClaimStatus[] = ['suggested'];
const NONE: Claim[] = [];

export type ReaderHighlights = { claims: Claim[]; suggestions: Claim[]; anchored: AnchoredClaims };

/** `openedAt`: the text offset the reader opens the source at (a passage it was asked to show, else 0). */
export function useReaderHighlights(
  sourceId: string | null,
  text: string | undefined,
  openedAt: number,
): ReaderHighlights {
  const first = useFirstScreenClaims(sourceId, text, openedAt);
  // All the claims are read once the first screen's are, so that read never delays the first highlights.
  const readAll = first.read ? sourceId : null;
  const claims = useClaimsOfSourceRead(readAll, LISTED);
  const suggestions = useClaimsOfSourceRead(readAll, SUGGESTED);
  const anchored = useAnchoredClaims(text, claims ?? NONE, suggestions ?? NONE);
  if (claims !== null && suggestions !== null && anchored !== null) return { claims, suggestions, anchored };
  return first;
}
