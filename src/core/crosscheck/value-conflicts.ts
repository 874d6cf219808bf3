// Conflicts of value: two claims under a shared tag, from different sources, that cannot both be right:
// figures of one unit that differ beyond the coarser stated precision, or dates that are different days,
// months or years at the coarser grain. Claims of one source are not set against each other (a source
// gives parts and totals, before and after, under one tag). Each conflicting pair is listed once.
import type { Claim } from '../model/records';
import type { Conflict, DateRef, FigureRef, ReadClaim } from './cross-check-types';
import { inReadingOrder } from './corroborations';
import { compareDates } from './read-date';
import { figuresAgree } from './read-figure';

export function findFigureConflicts(figures: ReadClaim<FigureRef>[]): Conflict[] {
  return pairsUnderSharedTags(
    figures,
    (f) => f.ref.unit,
    (a, b) => !figuresAgree(a.ref, b.ref),
  ).map(([a, b, tagIds]) => ({
    kind: 'figure',
    claimIds: [a.claim.id, b.claim.id],
    tagIds,
    unit: a.ref.unit,
    figures: [a.ref, b.ref],
  }));
}

export function findDateConflicts(dates: ReadClaim<DateRef>[]): Conflict[] {
  return pairsUnderSharedTags(
    dates,
    () => '',
    (a, b) => compareDates(a.ref, b.ref) === 'different',
  ).map(([a, b, tagIds]) => ({
    kind: 'date',
    claimIds: [a.claim.id, b.claim.id],
    tagIds,
    dates: [a.ref, b.ref],
  }));
}

/**
 * Pairs from different sources sharing a tag that `differ`, each once, with the tags they share. Only
 * claims of one kind (`kindOf`: a figure's unit) can differ, so claims are grouped by tag and kind; a pair
 * sharing several tags is taken under the first of them it names, so no set of pairs seen is needed.
 */
function pairsUnderSharedTags<T extends { claim: Claim }>(
  items: T[],
  kindOf: (item: T) => string,
  differ: (a: T, b: T) => boolean,
): [T, T, string[]][] {
  // In reading order once: every group is then in reading order, and a pair's place in the result is
  // a number (its claims' places), so hundreds of thousands of pairs sort without comparing claims.
  const ordered = [...items].sort(inReadingOrder);
  const rank = new Map<T, number>(ordered.map((item, i) => [item, i]));
  const byTagAndKind = new Map<string, Map<string, T[]>>();
  for (const item of ordered) {
    const kind = kindOf(item);
    for (const tagId of new Set(item.claim.tagIds)) {
      const byKind = byTagAndKind.get(tagId) ?? byTagAndKind.set(tagId, new Map()).get(tagId)!;
      const group = byKind.get(kind);
      if (group) group.push(item);
      else byKind.set(kind, [item]);
    }
  }
  const found: { place: number; pair: [T, T, string[]] }[] = [];
  for (const [tagId, byKind] of byTagAndKind) {
    for (const group of byKind.values()) {
      for (let i = 0; i < group.length; i++) {
        const a = group[i] as T;
        for (let j = i + 1; j < group.length; j++) {
          const b = group[j] as T;
          if (a.claim.sourceId === b.claim.sourceId) continue;
          if (a.claim.tagIds.find((t) => b.claim.tagIds.includes(t)) !== tagId || !differ(a, b)) continue;
          const shared = a.claim.tagIds.filter(
            (t, k, all) => b.claim.tagIds.includes(t) && all.indexOf(t) === k,
          );
          found.push({ place: rank.get(a)! * ordered.length + rank.get(b)!, pair: [a, b, shared] });
        }
      }
    }
  }
  return found.sort((x, y) => x.place - y.place).map((f) => f.pair);
}
