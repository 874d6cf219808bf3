// Corroboration: the same figure (equal value and unit at the coarser stated precision) or the same date
// (equal at the coarser grain) in two or more sources. Claims are grouped around the most precisely
// stated one: each joins the first group whose leading claim it agrees with, so a vague "about £8m" cannot
// chain £7.6m and £8.4m into one group. Tags say what a figure is about, so two claims that both carry
// tags but share none are about different things and never corroborate each other, however equal.
import type { Claim } from '../model/records';
import type { Corroboration, DateRef, FigureRef, ReadClaim } from './cross-check-types';
import { compareDates, GRAIN_LENGTH } from './read-date';
import { figuresAgree } from './read-figure';
import { groupAroundLeaders, GroupsByKey, type LeaderIndex } from './agreeing-groups';
import { SortedValues } from './sorted-values';

export function findFigureCorroborations(figures: ReadClaim<FigureRef>[]): Corroboration[] {
  const ordered = [...figures].sort((a, b) => a.ref.step - b.ref.step || byId(a, b));
  // Leaders come no less precise than the claims after them, so a leader agrees with a claim only within
  // the claim's half-step (plus figuresAgree's slack, allowed for with room to spare).
  const byUnit = new Map<string, SortedValues>();
  const index: LeaderIndex<ReadClaim<FigureRef>> = {
    candidates: ({ ref }) => {
      const reach = (ref.step / 2 + 1e-9 * (1 + Math.abs(ref.value))) * 1.001;
      return byUnit.get(ref.unit)?.within(ref.value - reach, ref.value + reach) ?? [];
    },
    add: ({ ref }, group) => {
      const values = byUnit.get(ref.unit) ?? byUnit.set(ref.unit, new SortedValues()).get(ref.unit)!;
      values.add(ref.value, group);
    },
  };
  return withTwoSources(groupAroundLeaders(ordered, (a, b) => figuresAgree(a.ref, b.ref), index)).map(
    (group) => ({
      kind: 'figure',
      ...idsOf(group),
      unit: group[0]!.ref.unit,
      figures: group.map((g) => g.ref),
    }),
  );
}

export function findDateCorroborations(dates: ReadClaim<DateRef>[]): Corroboration[] {
  const fineness = { day: 0, month: 1, year: 2, period: 3 } as const;
  const ordered = [...dates].sort(
    (a, b) => fineness[a.ref.precision] - fineness[b.ref.precision] || byId(a, b),
  );
  // Leaders come no coarser than the claims after them, so two dates are the same only when their
  // starts share the later claim's grain (or, compared as periods, are the same day).
  const leaders = new GroupsByKey();
  const index: LeaderIndex<ReadClaim<DateRef>> = {
    candidates: ({ ref }) =>
      leaders.get(`${ref.precision === 'period' ? 'day' : ref.precision}:${grainOf(ref)}`),
    add: ({ ref }, group) => {
      for (const precision of ['day', 'month', 'year'] as const) {
        leaders.add(`${precision}:${ref.startDate.slice(0, GRAIN_LENGTH[precision])}`, group);
      }
    },
  };
  return withTwoSources(
    groupAroundLeaders(ordered, (a, b) => compareDates(a.ref, b.ref) === 'same', index),
  ).map((group) => ({
    kind: 'date',
    ...idsOf(group),
    dates: group.map((g) => g.ref),
  }));
}

const grainOf = (ref: DateRef) =>
  ref.startDate.slice(0, GRAIN_LENGTH[ref.precision === 'period' ? 'day' : ref.precision]);

/** Groups with claims from two or more sources, each in reading order. */
function withTwoSources<T extends { ref: { sourceId: string }; claim: Claim }>(groups: T[][]): T[][] {
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
