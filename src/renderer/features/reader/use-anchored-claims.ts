// The open source's claims and suggestions placed in its text. A source with thousands of claims is
// anchored by the worker, which reads the text and the claims itself: it is asked as soon as the source
// opens, while the page reads its own copy of the claims, so the text shows at once and its highlights a
// moment later, without freezing the page. A source with fewer is anchored in place during the render, as
// cheap as it is, so a claim just saved is highlighted in the same update. The worker's places (by claim
// id) are joined with the page's claims; the worker is asked again when the page holds a claim its last
// answer lacks, or the text changes. Claims that cannot be placed are orphans (listed by the reader);
// suggestions that cannot are left out. Nothing placed in one text shows on another.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Claim, ClaimStatus, Source } from '../../../core/model/records';
import { useWorkbench } from '../../services/workbench-context';
import type { AnchoredClaims, PlacedClaim } from './anchor-claims';
import { anchorInWorker, warmAnchoring } from './anchor-in-worker';
import { placeTargets, type PlacedTargets } from './place-targets';

/** Up to this many claims and suggestions are anchored in place (a few milliseconds). */
const IN_PLACE_LIMIT = 1_000;
const EMPTY: AnchoredClaims = { placed: [], orphans: [] };
const STATUSES: ClaimStatus[] = ['accepted', 'verified', 'suggested'];

type Answer = { key: string; at: Map<string, number> } & PlacedTargets;

function collect(
  all: readonly Claim[],
  claimCount: number,
  placeOf: (i: number) => number[],
): AnchoredClaims {
  const placed: PlacedClaim[] = [];
  const orphans: Claim[] = [];
  all.forEach((claim, i) => {
    const [start = -1, end = -1] = placeOf(i);
    if (start >= 0) placed.push({ claim, start, end });
    else if (start === -1 && i < claimCount) orphans.push(claim);
  });
  return { placed, orphans };
}

export function useAnchoredClaims(
  source: Pick<Source, 'id' | 'text' | 'textHash'> | undefined,
  claims: readonly Claim[],
  suggestions: readonly Claim[],
): AnchoredClaims {
  const { store } = useWorkbench();
  const all = useMemo(() => [...claims, ...suggestions], [claims, suggestions]);
  const text = source?.text;
  const key = source ? `${source.id} ${source.textHash}` : '';
  const many = all.length > IN_PLACE_LIMIT;
  const inPlace = useMemo(() => {
    if (text === undefined || many) return null;
    const { starts, ends } = placeTargets(
      text,
      all.map((c) => c.target),
    );
    return collect(all, claims.length, (i) => [starts[i] ?? -1, ends[i] ?? -1]);
  }, [text, all, claims.length, many]);

  useEffect(() => warmAnchoring(store), [store]);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const answered = answer?.key === key ? answer : null;
  // A claim the page holds that the worker's answer lacks (saved since) is neither placed nor an orphan
  // until the worker, asked again, places it.
  const lacking = answered && many ? all.find((c) => !answered.at.has(c.id))?.id : undefined;
  const asked = useRef({ key: '', asks: new Set<string>() });
  useEffect(() => {
    if (!source) return;
    if (asked.current.key !== key) asked.current = { key, asks: new Set() };
    // Small and read: placed in place. While the page's claims are still being read (none yet), the
    // worker is asked at once, in case there are many.
    if (!many && all.length > 0) return;
    if (answered && lacking === undefined) return;
    const ask = lacking ?? '';
    if (asked.current.asks.has(ask)) return;
    asked.current.asks.add(ask);
    void anchorInWorker(store, source.id, STATUSES).then((anchors) => {
      if (asked.current.key !== key || !anchors || `${source.id} ${anchors.textHash}` !== key) return;
      const at = new Map(anchors.ids.map((id, i) => [id, i]));
      setAnswer({ key, at, starts: anchors.starts, ends: anchors.ends });
    });
  }, [store, source, key, many, all, answered, lacking]);

  const fromWorker = useMemo(() => {
    if (!many || !answered) return EMPTY;
    return collect(all, claims.length, (i) => {
      const at = answered.at.get(all[i]?.id ?? '');
      return at === undefined ? [-2, -2] : [answered.starts[at] ?? -1, answered.ends[at] ?? -1];
    });
  }, [many, answered, all, claims.length]);
  return inPlace ?? fromWorker;
}
