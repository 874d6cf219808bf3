// Conflicts gathered into groups of claims about the same thing, so a library where dozens of sources
// give dozens of figures under one tag reads as one disagreement, not hundreds of pairs (a library of
// 100,000 claims has some 700,000 conflicting pairs). A figure or date group is what the rule compares
// within: the claims under one tag (the tag a pair is taken under, the first the two share) of one kind
// and unit that take part in a conflict there. A position group is one actor's claims joined by
// conflicting pairs (support and opposition of the same topic), so two unrelated quarrels of one actor
// stay apart. A group of one pair keeps that pair, for a print that says what the pair said.
//
// The groups are built while the rules walk the pairs (visitValueConflicts, visitStanceConflicts),
// without listing them: listing 700,000 pairs to group them took most of a large briefing's draft.
// They are what grouping the listed pairs gives (tests/core/crosscheck/conflict-groups-property.test.ts):
// groups in the order of their first pair among all pairs (figures, dates, then positions; an actor's
// further quarrels after every other group), each claim once, in the order its pairs name it.
import type { Conflict, DateRef, FigureRef, ReadClaim, StanceRef } from './cross-check-types';
import type { FigureUnit } from '../model/records';
import { createDisjointSets } from '../lists/disjoint-sets';
import { stanceConflict, visitStanceConflicts, type ActorPositions } from './stance-conflicts';
import {
  dateConflict,
  dateKind,
  differentDates,
  differentFigures,
  figureConflict,
  figureKind,
  visitValueConflicts,
  type ValueBucket,
} from './value-conflicts';

export type ConflictGroup = {
  /** How many conflicting pairs the group holds. */
  pairCount: number;
  /** The group's pair, when it holds one only; else null. */
  onlyPair: Conflict | null;
} & (
  | { kind: 'figure'; tagId: string; unit: FigureUnit; figures: FigureRef[] }
  | { kind: 'date'; tagId: string; dates: DateRef[] }
  | { kind: 'stance'; stances: StanceRef[] }
);

export type ConflictInputs = {
  figures: readonly ReadClaim<FigureRef>[];
  dates: readonly ReadClaim<DateRef>[];
  stances: readonly ReadClaim<StanceRef>[];
};

export function findConflictGroups({ figures, dates, stances }: ConflictInputs): ConflictGroup[] {
  const figureGroups = valueGroups(
    figures,
    figureKind,
    differentFigures,
    (bucket, members, pairCount, onlyPair) => ({
      kind: 'figure',
      tagId: bucket.tagId,
      unit: members[0]!.ref.unit,
      figures: members.map((m) => m.ref),
      pairCount,
      onlyPair: onlyPair && figureConflict(onlyPair[0], onlyPair[1]),
    }),
  );
  const dateGroups = valueGroups(dates, dateKind, differentDates, (bucket, members, pairCount, onlyPair) => ({
    kind: 'date',
    tagId: bucket.tagId,
    dates: members.map((m) => m.ref),
    pairCount,
    onlyPair: onlyPair && dateConflict(onlyPair[0], onlyPair[1]),
  }));
  const { first, further } = stanceGroups(stances);
  const groups: ConflictGroup[] = [];
  for (const list of [figureGroups, dateGroups, first, further]) for (const g of list) groups.push(g);
  return groups;
}

/**
 * The groups of one kind of value: a bucket with a conflicting pair is a group. Pairs come bucket by
 * bucket, each bucket's in reading order, so a group's first pair is the first it sees, and the groups
 * are put in the order of those first pairs at the end.
 */
function valueGroups<T extends ReadClaim<FigureRef> | ReadClaim<DateRef>>(
  items: readonly T[],
  kindOf: (item: T) => string,
  differ: (a: T, b: T) => boolean,
  make: (bucket: ValueBucket<T>, members: T[], pairCount: number, onlyPair: [T, T] | null) => ConflictGroup,
): ConflictGroup[] {
  const found: { place: number; group: ConflictGroup }[] = [];
  let bucket: ValueBucket<T> | null = null;
  let seen = new Uint8Array(0);
  let members: T[] = [];
  let pairCount = 0;
  let firstPair: [number, number] = [0, 0];
  const close = () => {
    if (!bucket || pairCount === 0) return;
    const [i, j] = firstPair;
    const onlyPair: [T, T] | null = pairCount === 1 ? [bucket.items[i]!, bucket.items[j]!] : null;
    const group = make(bucket, members, pairCount, onlyPair);
    found.push({ place: bucket.ranks[i]! * items.length + bucket.ranks[j]!, group });
  };
  visitValueConflicts(items, kindOf, differ, {
    bucket: (next) => {
      close();
      bucket = next;
      seen = new Uint8Array(next.items.length);
      members = [];
      pairCount = 0;
    },
    pair: (i, j) => {
      if (pairCount++ === 0) firstPair = [i, j];
      if (!seen[i]) members.push(bucket!.items[i]!);
      if (!seen[j]) members.push(bucket!.items[j]!);
      seen[i] = seen[j] = 1;
    },
  });
  close();
  return found.sort((a, b) => a.place - b.place).map((f) => f.group);
}

/**
 * Each actor's quarrels: its pairs split into groups that share no claim (union–find over its claims,
 * support numbered first, then opposition). The actor's first quarrel is its place among the groups;
 * any further ones come after every other group, as the pairs listed actor by actor would place them.
 */
function stanceGroups(stances: readonly ReadClaim<StanceRef>[]): {
  first: ConflictGroup[];
  further: ConflictGroup[];
} {
  const first: ConflictGroup[] = [];
  const further: ConflictGroup[] = [];
  let actor: ActorPositions | null = null;
  let pairs: number[] = [];
  const close = () => {
    if (!actor || pairs.length === 0) return;
    const quarrels = quarrelsOf(actor, pairs);
    first.push(quarrels[0]!);
    for (let k = 1; k < quarrels.length; k++) further.push(quarrels[k]!);
  };
  visitStanceConflicts(stances, {
    actor: (next) => {
      close();
      actor = next;
      pairs = [];
    },
    pair: (i, j) => pairs.push(i, j),
  });
  close();
  return { first, further };
}

/** One actor's pairs (flat: support index, opposition index, …) as groups, in order of first pair. */
function quarrelsOf({ support, oppose }: ActorPositions, pairs: readonly number[]): ConflictGroup[] {
  const count = support.length;
  const sets = createDisjointSets(count + oppose.length);
  for (let p = 0; p < pairs.length; p += 2) sets.union(pairs[p]!, count + pairs[p + 1]!);
  const byRoot = new Map<number, { group: ConflictGroup & { kind: 'stance' }; first: number }>();
  const seen = new Uint8Array(count + oppose.length);
  const quarrels: (ConflictGroup & { kind: 'stance' })[] = [];
  for (let p = 0; p < pairs.length; p += 2) {
    const [i, j] = [pairs[p]!, count + pairs[p + 1]!];
    const key = sets.find(i);
    let entry = byRoot.get(key);
    if (!entry) {
      entry = { group: { kind: 'stance', stances: [], pairCount: 0, onlyPair: null }, first: p };
      byRoot.set(key, entry);
      quarrels.push(entry.group);
    }
    entry.group.pairCount++;
    if (!seen[i]) entry.group.stances.push(support[i]!.ref);
    if (!seen[j]) entry.group.stances.push(oppose[j - count]!.ref);
    seen[i] = seen[j] = 1;
  }
  for (const { group, first } of byRoot.values())
    if (group.pairCount === 1)
      group.onlyPair = stanceConflict(support[pairs[first]!]!, oppose[pairs[first + 1]!]!);
  return quarrels;
}
