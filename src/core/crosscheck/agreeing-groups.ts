// Groups claims around leaders, as the corroboration rule wants: claims come most precise first, and each
// joins the first group (in the order groups were started) whose leading claim it agrees with and is about
// the same thing as, else starts a group. Looking through every group for every claim was quadratic (most
// groups are one claim); an index names the few groups whose leader could agree (same unit and a value
// within the claim's precision, or the same year, month or day), and the earliest of those that does wins,
// which is the group the full scan would have found.
import type { Claim } from '../model/records';

export type LeaderIndex<T> = {
  /** Indices of groups whose leader might agree with `item` (a superset of those that do). */
  candidates(item: T): Iterable<number>;
  /** `item` leads the group numbered `group`. */
  add(item: T, group: number): void;
};

export function groupAroundLeaders<T extends { claim: Claim }>(
  ordered: readonly T[],
  agree: (leader: T, item: T) => boolean,
  index: LeaderIndex<T>,
): T[][] {
  const groups: T[][] = [];
  for (const item of ordered) {
    let chosen = -1;
    for (const g of index.candidates(item)) {
      if (chosen !== -1 && g > chosen) continue;
      const leader = groups[g]![0]!;
      if (agree(leader, item) && aboutTheSameThing(leader.claim, item.claim)) chosen = g;
    }
    if (chosen !== -1) groups[chosen]!.push(item);
    else {
      index.add(item, groups.length);
      groups.push([item]);
    }
  }
  return groups;
}

/** True unless both claims are tagged and share no tag. */
export function aboutTheSameThing(a: Claim, b: Claim): boolean {
  if (a.tagIds.length === 0 || b.tagIds.length === 0) return true;
  return a.tagIds.some((t) => b.tagIds.includes(t));
}

/** Groups listed under keys, each list in the order the groups were started. */
export class GroupsByKey {
  private readonly lists = new Map<string, number[]>();

  add(key: string, group: number): void {
    const list = this.lists.get(key);
    if (list) list.push(group);
    else this.lists.set(key, [group]);
  }

  get(key: string): readonly number[] {
    return this.lists.get(key) ?? [];
  }
}
