// Conflicts gathered into groups of claims about the same thing, so a library where dozens of sources
// give dozens of figures under one tag reads as one disagreement, not hundreds of pairs (a library of
// 100,000 claims has some 700,000 conflicting pairs). A figure or date group is what the finder compares
// within: the claims under one tag (the tag a pair was taken under, its first shared tag) of one kind and
// unit that take part in a conflict there. A position group is one actor's claims joined by conflicting
// pairs (support and opposition of the same topic), so two unrelated quarrels of one actor stay apart.
// A group of one pair keeps that pair, for a print that says what the pair said.
import type { Conflict, DateRef, FigureRef, StanceRef } from './cross-check-types';
import type { FigureUnit } from '../model/records';
import { normaliseActor } from './stance-conflicts';

export type ConflictGroup = { pairs: Conflict[] } & (
  | { kind: 'figure'; tagId: string; unit: FigureUnit; figures: FigureRef[] }
  | { kind: 'date'; tagId: string; dates: DateRef[] }
  | { kind: 'stance'; stances: StanceRef[] }
);

/**
 * The groups, in the order of their first pair in `conflicts`; each claim once per group, in the order
 * its pairs name it. Linear in the pairs.
 */
export function groupConflicts(conflicts: readonly Conflict[]): ConflictGroup[] {
  const groups: ConflictGroup[] = [];
  const valueGroups = new Map<string, ConflictGroup>();
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
  const placed: ConflictGroup[][] = groups.map((g) => [g]);
  for (const [actor, pairs] of stancePairs) {
    const components = stanceComponents(pairs);
    placed[stancePlaces.get(actor)!] = components.slice(0, 1);
    for (const extra of components.slice(1)) placed.push([extra]);
  }
  const out: ConflictGroup[] = [];
  for (const list of placed) for (const group of list) out.push(group);
  return out;
}

function fillValues(group: ConflictGroup): void {
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
function stanceComponents(pairs: Conflict[]): ConflictGroup[] {
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
  const components: ConflictGroup[] = [];
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
