// The open source's claims and suggestions placed in its text by the anchoring worker, so opening a source
// with 20,000 claims draws its text at once and its highlights a moment later, without freezing the page.
// Claims that cannot be placed are orphans (listed by the reader); suggestions that cannot are left out.
// A reply for an older text or claim list is dropped, and nothing placed in one text is shown on another.
import { useEffect, useState } from 'react';
import type { Claim } from '../../../core/model/records';
import type { AnchoredClaims, PlacedClaim } from './anchor-claims';
import { anchorInWorker } from './anchor-in-worker';

const EMPTY: AnchoredClaims = { placed: [], orphans: [] };

type Held = { text: string; anchored: AnchoredClaims };

export function useAnchoredClaims(
  text: string | undefined,
  claims: readonly Claim[],
  suggestions: readonly Claim[],
): AnchoredClaims {
  const [held, setHeld] = useState<Held | null>(null);
  useEffect(() => {
    if (text === undefined) return;
    if (claims.length === 0 && suggestions.length === 0) {
      setHeld({ text, anchored: EMPTY });
      return;
    }
    let current = true;
    const all = [...claims, ...suggestions];
    void anchorInWorker(
      text,
      all.map((c) => c.target),
    ).then(({ starts, ends }) => {
      if (!current) return;
      const placed: PlacedClaim[] = [];
      const orphans: Claim[] = [];
      all.forEach((claim, i) => {
        const start = starts[i]!;
        if (start >= 0) placed.push({ claim, start, end: ends[i]! });
        else if (i < claims.length) orphans.push(claim);
      });
      setHeld({ text, anchored: { placed, orphans } });
    });
    return () => {
      current = false;
    };
  }, [text, claims, suggestions]);
  return held && held.text === text ? held.anchored : EMPTY;
}
