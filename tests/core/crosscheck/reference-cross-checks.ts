// The cross-check rules for corroborations and conflicts of value as they were before they were indexed:
// every group scanned for every claim, every pair under each tag compared. Kept here as the reference the
// indexed rules in src/core/crosscheck must agree with, item for item (indexed-cross-checks.test.ts).
import type { Claim } from '../../../src/core/model/records';
import type {
  Conflict,
  Corroboration,
  DateRef,
  FigureRef,
  ReadClaim,
} from '../../../src/core/crosscheck/cross-check-types';
import { compareDates } from '../../../src/core/crosscheck/read-date';
import { figuresAgree } from '../../../src/core/crosscheck/read-figure';

export function referenceFigureCorroborations(figures: ReadClaim<FigureRef>[]): Corroboration[] {
  const ordered = [...figures].sort((a, b) => a.ref.step - b.ref.step || byId(a, b));
  return groupAgreeing(ordered, (a, b) => figuresAgree(a.ref, b.ref)).map((group) => ({
    kind: 'figure',
    ...idsOf(group),
    unit: group[0]!.ref.unit,
    figures: group.map((g) => g.ref),
  }));
}

export function referenceDateCorroborations(dates: ReadClaim<DateRef>[]): Corroboration[] {
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
function aboutTheSameThing(a: Claim, b: Claim): boolean {
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
function inReadingOrder(a: { claim: Claim }, b: { claim: Claim }): number {
  if (a.claim.sourceId !== b.claim.sourceId) return a.claim.sourceId < b.claim.sourceId ? -1 : 1;
  return a.claim.target.selector[1].start - b.claim.target.selector[1].start || byId(a, b);
}

export function referenceFigureConflicts(figures: ReadClaim<FigureRef>[]): Conflict[] {
  return pairsUnderSharedTags(
    figures,
    (a, b) => a.ref.unit === b.ref.unit && !figuresAgree(a.ref, b.ref),
  ).map(([a, b, tagIds]) => ({
    kind: 'figure',
    claimIds: [a.claim.id, b.claim.id],
    tagIds,
    unit: a.ref.unit,
    figures: [a.ref, b.ref],
  }));
}

export function referenceDateConflicts(dates: ReadClaim<DateRef>[]): Conflict[] {
  return pairsUnderSharedTags(dates, (a, b) => compareDates(a.ref, b.ref) === 'different').map(
    ([a, b, tagIds]) => ({ kind: 'date', claimIds: [a.claim.id, b.claim.id], tagIds, dates: [a.ref, b.ref] }),
  );
}

/** Pairs from different sources sharing a tag that `differ`, each once, with the tags they share. */
function pairsUnderSharedTags<T extends { claim: Claim }>(
  items: T[],
  differ: (a: T, b: T) => boolean,
): [T, T, string[]][] {
  const byTag = new Map<string, T[]>();
  for (const item of items) {
    for (const tagId of new Set(item.claim.tagIds)) {
      const group = byTag.get(tagId);
      if (group) group.push(item);
      else byTag.set(tagId, [item]);
    }
  }
  const seen = new Set<string>();
  const pairs: [T, T, string[]][] = [];
  for (const group of byTag.values()) {
    // In reading order once, so each pair is already ordered (no sort or array per pair).
    group.sort(inReadingOrder);
    for (let i = 0; i < group.length; i++) {
      const a = group[i] as T;
      for (let j = i + 1; j < group.length; j++) {
        const b = group[j] as T;
        if (a.claim.sourceId === b.claim.sourceId || !differ(a, b)) continue;
        const key = `${a.claim.id}\u0000${b.claim.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const shared = a.claim.tagIds.filter(
          (t, k, all) => b.claim.tagIds.includes(t) && all.indexOf(t) === k,
        );
        pairs.push([a, b, shared]);
      }
    }
  }
  return pairs.sort(([a1, b1], [a2, b2]) => inReadingOrder(a1, a2) || inReadingOrder(b1, b2));
}
