// Corroboration: the same figure (equal value and unit at the coarser stated precision) or the same date
// (equal at the coarser grain) in two or more sources. Claims are grouped around the most precisely
// stated one: each joins the first group whose leading claim it agrees with, so a vague "about £8m" cannot
// chain £7.6m and £8.4m into one group. Tags say what a figure is about, so two claims that both carry
// tags but share none are about different things and never corroborate each other, however equal.
import type { Claim } from '../model/records';
import type { Corroboration, DateRef, FigureRef, ReadClaim } from './cross-check-types';
import { compareDates } from './read-date';
import { figuresAgree } from './read-figure';

export function findFigureCorroborations(figures: ReadClaim<FigureRef>[]): Corroboration[] {
  const ordered = [...figures].sort((a, b) => a.ref.step - b.ref.step || byId(a, b));
  return groupAgreeing(ordered, (a, b) => figuresAgree(a.ref, b.ref)).map((group) => ({
    kind: 'figure',
    ...idsOf(group),
    unit: group[0]!.ref.unit,
    figures: group.map((g) => g.ref),
  }));
}

export function findDateCorroborations(dates: ReadClaim<DateRef>[]): Corroboration[] {
  const fineness = { day: 0, month: 1, year: 2, period: 3 } as const;
  const ordered = [...dates].sort(
    (a, b) => fineness[a.ref.precision] - fineness[b.ref.precision] || byId(a, b),
  );
  return groupAgreeing(ordered, (a, b) => compareDates(a.ref, b.ref) === 'same').map((group) => ({
    kind: 'date',
    ...idsOf(group),
    dates: group.map((g) => g.ref),
  }));
}

/** True unless both claims are tagged and share no tag. */
export function aboutTheSameThing(a: Claim, b: Claim): boolean {
  if (a.tagIds.length === 0 || b.tagIds.length === 0) return true;
  return a.tagIds.some((t) => b.tagIds.includes(t));
}

function groupAgreeing<T extends { ref: { sourceId: string }; claim: Claim }>(
  ordered: T[],
  agree: (a: T, b: T) => boolean,
): T[][] {
  const groups: T[][] = [];
  for (const item of ordered) {
    const group = groups.find(
      (g) => agree(g[0] as T, item) && aboutTheSameThing((g[0] as T).claim, item.claim),
    );
    if (group) group.push(item);
    else groups.push([item]);
  }
  return groups
    .filter((g) => new Set(g.map((i) => i.ref.sourceId)).size >= 2)
    .map((g) => [...g].sort(inReadingOrder));
}

function idsOf(group: { claim: Claim }[]): { claimIds: string[]; sourceIds: string[] } {
  return {
    claimIds: group.map((g) => g.claim.id),
    sourceIds: [...new Set(group.map((g) => g.claim.sourceId))],
  };
}

const byId = (a: { claim: Claim }, b: { claim: Claim }) =>
  a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0;

/** Source by source, then by where the claim sits in its source. */
export function inReadingOrder(a: { claim: Claim }, b: { claim: Claim }): number {
  if (a.claim.sourceId !== b.claim.sourceId) return a.claim.sourceId < b.claim.sourceId ? -1 : 1;
  return a.claim.target.selector[1].start - b.claim.target.selector[1].start || byId(a, b);
}
