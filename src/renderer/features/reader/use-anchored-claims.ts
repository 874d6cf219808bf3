// The open source's claims and suggestions placed in its text. A source with thousands of claims is
// anchored by the worker, so its text shows at once and its highlights a moment later, without freezing
// the page; a source with fewer is anchored in place during the render, as cheap as it is, so a claim just
// saved is highlighted in the same update (no late re-render under a selection the researcher has begun).
// Claims that cannot be placed are orphans (listed by the reader); suggestions that cannot are left out. A
// worker reply for an older text or claim list is dropped, and nothing placed in one text shows on another;
// until the worker answers for this text and these claims, the answer is null (the reader shows its first
// screen's highlights meanwhile: use-reader-highlights).
import { useEffect, useMemo, useState } from 'react';
import type { Claim } from '../../../core/model/records';
import type { AnchoredClaims, PlacedClaim } from './anchor-claims';
import { anchorInWorker, warmAnchoring } from './anchor-in-worker';
import { placeTargets, type PlacedTargets } from './place-targets';

/** Up to this many claims and suggestions are anchored in place (a few milliseconds). */
const IN_PLACE_LIMIT = 1_000;
type Held = { text: string; anchored: AnchoredClaims };

function collect(all: readonly Claim[], claimCount: number, { starts, ends }: PlacedTargets): AnchoredClaims {
  const placed: PlacedClaim[] = [];
  const orphans: Claim[] = [];
  all.forEach((claim, i) => {
    const start = starts[i]!;
    if (start >= 0) placed.push({ claim, start, end: ends[i]! });
    else if (i < claimCount) orphans.push(claim);
  });
  return { placed, orphans };
}

export function useAnchoredClaims(
  text: string | undefined,
  claims: readonly Claim[],
  suggestions: readonly Claim[],
): AnchoredClaims | null {
  const all = useMemo(() => [...claims, ...suggestions], [claims, suggestions]);
  const inWorker = all.length > IN_PLACE_LIMIT;
  const inPlace = useMemo(
    () =>
      text === undefined || inWorker
        ? null
        : collect(
            all,
            claims.length,
            placeTargets(
              text,
              all.map((c) => c.target),
            ),
          ),
    [text, all, claims.length, inWorker],
  );
  useEffect(warmAnchoring, []);
  const [held, setHeld] = useState<Held | null>(null);
  useEffect(() => {
    if (text === undefined || !inWorker) return;
    let current = true;
    void anchorInWorker(
      text,
      all.map((c) => c.target),
    ).then((placed) => {
      if (current) setHeld({ text, anchored: collect(all, claims.length, placed) });
    });
    return () => {
      current = false;
    };
  }, [text, all, claims.length, inWorker]);
  if (inPlace) return inPlace;
  if (!inWorker || !held || held.text !== text) return null;
  // The previous answer for this text stays while the worker places a changed list of claims.
  return held.anchored;
}
