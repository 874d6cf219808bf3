// The open source's claims and suggestions placed in its text. A source with thousands of claims is
// anchored by the worker, so its text shows at once and its highlights a moment later, without freezing
// the page; a source with fewer is anchored in place during the render, as cheap as it is, so a claim just
// saved is highlighted in the same update (no late re-render under a selection the researcher has begun).
// Claims that cannot be placed are orphans (listed by the reader); suggestions that cannot are left out. A
// worker reply for an older text or claim list is dropped. An answer is kept with the source it was
// computed for and the opening of it, beside the text: two sources can have the same text (the same
// document imported twice, or two versions alike), and one source's claims must never be drawn on the
// other; nor is an answer from an earlier time the source was open shown again (its claims may have been
// deleted or rejected since). Until the worker answers for this opening, the answer is null (the reader
// shows its first screen's highlights meanwhile: use-reader-highlights); while it places a changed list of
// the open source's claims (an edit), the last answer stays.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Claim } from '../../../core/model/records';
import type { AnchoredClaims, PlacedClaim } from './anchor-claims';
import { anchorInWorker, warmAnchoring } from './anchor-in-worker';
import { placeTargets, type PlacedTargets } from './place-targets';

/** Up to this many claims and suggestions are anchored in place (a few milliseconds). */
const IN_PLACE_LIMIT = 1_000;
/** The worker's last answer, with the source, the opening of it and the text it was computed for. */
type Held = { sourceId: string; opening: object; text: string; anchored: AnchoredClaims };

/** A token of the source's opening: a new one each time a source is opened, this one again or another. */
function useOpeningToken(sourceId: string | null): object {
  const opened = useRef({ sourceId, token: {} });
  if (opened.current.sourceId !== sourceId) opened.current = { sourceId, token: {} };
  return opened.current.token;
}

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
  sourceId: string | null,
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
  const opening = useOpeningToken(sourceId);
  useEffect(warmAnchoring, []);
  const [held, setHeld] = useState<Held | null>(null);
  useEffect(() => {
    if (sourceId === null || text === undefined || !inWorker) return;
    let current = true;
    void anchorInWorker(
      text,
      all.map((c) => c.target),
    ).then((placed) => {
      if (current) setHeld({ sourceId, opening, text, anchored: collect(all, claims.length, placed) });
    });
    return () => {
      current = false;
    };
  }, [sourceId, opening, text, all, claims.length, inWorker]);
  if (inPlace) return inPlace;
  // Another source's answer is never shown, even on the same text, nor one from an earlier opening; this
  // opening's last one stays while the worker places a changed list of its claims.
  if (!inWorker || !held || held.sourceId !== sourceId || held.opening !== opening || held.text !== text)
    return null;
  return held.anchored;
}
