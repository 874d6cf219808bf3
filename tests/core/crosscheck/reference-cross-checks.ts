// The cross-check rules for corroborations and conflicts of value as they were before they were indexed:
// every group scanned for every claim, every pair under each tag compared. Kept here as the reference the
// indexed rules in src/core/crosscheck must agree with, item for item (indexed-cross-checks.test.ts); and
// conflict groups built from the listed pairs, which the groups found while walking them must equal
// (conflict-groups-property.test.ts).
import type { Claim, FigureUnit } from '../../../src/core/model/records';
import type { ConflictGroup } from '../../../src/core/crosscheck/conflict-groups';
import type {
  Conflict,
  Corroboration,
  DateRef,
  FigureRef,
  ReadClaim,
  StanceRef,
} from '../../../src/core/crosscheck/cross-check-types';
import { normaliseActor } from '../../../src/core/crosscheck/stance-conflicts';
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

/** A conflict group as the pairs listed first and then grouped build it: with its pairs. */
type PairGroup = { pairs: Conflict[] } & (
  | { kind: 'figure'; tagId: string; unit: FigureUnit; figures: FigureRef[] }
  | { kind: 'date'; tagId: string; dates: DateRef[] }
  | { kind: 'stance'; stances: StanceRef[] }
);

/**
 * The conflict groups as they were built before the rules grouped while walking the pairs: every pair
 * listed (findCrossChecks), then gathered by tag, kind and unit, and one actor's pairs split by union–find.
 */
export function referenceConflictGroups(conflicts: readonly Conflict[]): ConflictGroup[] {
  const groups: PairGroup[] = [];
  const valueGroups = new Map<string, PairGroup>();
  const stancePairs = new Map<string, Conflict[]>();
  // Where each actor's groups go: the place of its first pair, so the order follows the pairs'.
  const stancePlaces = new Map<string, number>();
  // An actor is written a few ways across hundreds of thousands of pairs: normalise each way once.
  const actors = new Map<string, string>();
  const actorOf = (written: string) =>
    actors.get(written) ?? actors.set(written, normaliseActor(written)).get(written)!;
  for (const conflict of conflicts) {
    if (conflict.kind === 'stance') {
      const actor = actorOf(conflict.stances[0].actor);
      const pairs = stancePairs.get(actor);
      if (pairs) pairs.push(conflict);
      else {
        stancePairs.set(actor, [conflict]);
        stancePlaces.set(actor, groups.length);
        groups.push({ kind: 'stance', pairs: [], stances: [] });
      }
      continue;
    }
    const tagId = conflict.tagIds[0] ?? '';
    const key = `${conflict.kind}\u0000${tagId}\u0000${conflict.kind === 'figure' ? conflict.unit : ''}`;
    let group = valueGroups.get(key);
    if (!group) {
      group =
        conflict.kind === 'figure'
          ? { kind: 'figure', tagId, unit: conflict.unit, pairs: [], figures: [] }
          : { kind: 'date', tagId, pairs: [], dates: [] };
      valueGroups.set(key, group);
      groups.push(group);
    }
    group.pairs.push(conflict);
  }
  for (const group of valueGroups.values()) fillValues(group);
  // Each actor's place holds its first component; any further components follow at the end.
  const placed: PairGroup[][] = groups.map((g) => [g]);
  for (const [actor, pairs] of stancePairs) {
    const components = stanceComponents(pairs);
    placed[stancePlaces.get(actor)!] = components.slice(0, 1);
    for (const extra of components.slice(1)) placed.push([extra]);
  }
  const out: ConflictGroup[] = [];
  for (const list of placed) {
    for (const { pairs, ...group } of list)
      out.push({ ...group, pairCount: pairs.length, onlyPair: pairs.length === 1 ? pairs[0]! : null });
  }
  return out;
}

function fillValues(group: PairGroup): void {
  const seen = new Set<string>();
  for (const pair of group.pairs) {
    if (pair.kind === 'figure' && group.kind === 'figure') {
      for (const ref of pair.figures) if (once(seen, ref.claimId)) group.figures.push(ref);
    } else if (pair.kind === 'date' && group.kind === 'date') {
      for (const ref of pair.dates) if (once(seen, ref.claimId)) group.dates.push(ref);
    }
  }
}

/** One actor's pairs split into groups that share no claim (union–find over the pairs' claims). */
function stanceComponents(pairs: Conflict[]): PairGroup[] {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at)!;
    // Point the path straight at its root, so later look-ups are short.
    let step = id;
    while (step !== at) {
      const next = parent.get(step)!;
      parent.set(step, at);
      step = next;
    }
    return at;
  };
  for (const pair of pairs) {
    for (const id of pair.claimIds) if (!parent.has(id)) parent.set(id, id);
    const [a, b] = [root(pair.claimIds[0]), root(pair.claimIds[1])];
    if (a !== b) parent.set(b, a);
  }
  const byRoot = new Map<string, { kind: 'stance'; pairs: Conflict[]; stances: StanceRef[] }>();
  const seen = new Set<string>();
  const components: PairGroup[] = [];
  for (const pair of pairs) {
    if (pair.kind !== 'stance') continue;
    const key = root(pair.claimIds[0]);
    let group = byRoot.get(key);
    if (!group) {
      group = { kind: 'stance', pairs: [], stances: [] };
      byRoot.set(key, group);
      components.push(group);
    }
    group.pairs.push(pair);
    for (const ref of pair.stances) if (once(seen, ref.claimId)) group.stances.push(ref);
  }
  return components;
}

function once(seen: Set<string>, id: string): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  return true;
}
