// A conflict group (conflict-groups.ts) as a list shows it: what it is about (kind, tag, unit or actor),
// its distinct values each with the claims that give them, and, for a group of a single pair, that pair,
// so it reads as the pair always has. The pairs themselves are left out: a library of 100,000 claims has
// some 700,000 of them, which the app's cross-check worker would otherwise post to the window.
import type { FigureUnit } from '../model/records';
import { describeStance } from '../model/claim-labels';
import type { ConflictGroup } from './conflict-groups';
import type { Conflict, DateRef, FigureRef, StanceRef } from './cross-check-types';
import { dateWords, figureWords } from './describe-cross-check';
import { dateOrder, distinctValues, figureOrder, type DistinctValue } from './distinct-values';

export type GroupClaim = { claimId: string; sourceId: string };

/** One distinct value of a group ("£8.52m", "supports the merger") and the claims that give it. */
export type GroupValue = { words: string; claims: GroupClaim[] };

export type ConflictGroupSummary = {
  kind: ConflictGroup['kind'];
  /** The tag a figure or date group is taken under ('' when its claims share none); '' for positions. */
  tagId: string;
  /** A figure group's unit; null for dates and positions. */
  unit: FigureUnit | null;
  /** A position group's actor as its first claim writes it; '' for figures and dates. */
  actor: string;
  /** Every claim of the group, once, in the order its pairs name them. */
  claimIds: string[];
  sourceCount: number;
  values: GroupValue[];
  pairCount: number;
  /** The group's one pair, when it is a single pair; else null. */
  pair: Conflict | null;
};

export function summariseConflictGroup(group: ConflictGroup): ConflictGroupSummary {
  const refs: readonly (FigureRef | DateRef | StanceRef)[] =
    group.kind === 'figure' ? group.figures : group.kind === 'date' ? group.dates : group.stances;
  const sourceOf = new Map(refs.map((r) => [r.claimId, r.sourceId]));
  const values = valuesOf(group).map((v) => ({
    words: v.words,
    claims: v.claimIds.map((claimId) => ({ claimId, sourceId: sourceOf.get(claimId) ?? '' })),
  }));
  return {
    kind: group.kind,
    tagId: group.kind === 'stance' ? '' : group.tagId,
    unit: group.kind === 'figure' ? group.unit : null,
    actor: group.kind === 'stance' ? (group.stances[0]?.actor ?? '') : '',
    claimIds: refs.map((r) => r.claimId),
    sourceCount: new Set(sourceOf.values()).size,
    values,
    pairCount: group.pairCount,
    pair: group.onlyPair,
  };
}

function valuesOf(group: ConflictGroup): DistinctValue[] {
  if (group.kind === 'figure') return distinctValues(group.figures, figureOrder, figureWords);
  if (group.kind === 'date') return distinctValues(group.dates, dateOrder, dateWords);
  // Support before opposition, as the briefing words a position group.
  const sides = (['support', 'oppose'] as const).map((side) =>
    distinctValues(
      group.stances.filter((s) => s.stance === side),
      () => 0,
      (s) => `${describeStance(side)}s ${s.topic}`,
    ),
  );
  return [...sides[0]!, ...sides[1]!];
}
