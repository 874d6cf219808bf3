// Conflicts of value: two claims under a shared tag, from different sources, that cannot both be right:
// figures of one unit that differ beyond the coarser stated precision, or dates that are different days,
// months or years at the coarser grain. Claims of one source are not set against each other (a source
// gives parts and totals, before and after, under one tag). Each conflicting pair is listed once, under
// the first tag the two share. The rule is `visitValueConflicts`; the pair lists here and the groups of
// conflict-groups.ts both walk it.
import type { Claim } from '../model/records';
import type { Conflict, DateRef, FigureRef, ReadClaim } from './cross-check-types';
import { inReadingOrder } from './corroborations';
import { compareDates } from './read-date';
import { figuresAgree } from './read-figure';

/** Claims that can conflict under one tag: of one kind (a figure's unit), in reading order. */
export type ValueBucket<T> = { tagId: string; items: T[]; ranks: number[] };

/** Every bucket's conflicting pairs, as indices into its items (i < j), in reading order. */
export type ValueConflictVisitor<T> = {
  bucket: (bucket: ValueBucket<T>) => void;
  pair: (i: number, j: number) => void;
};

export const differentFigures = (a: ReadClaim<FigureRef>, b: ReadClaim<FigureRef>) =>
  !figuresAgree(a.ref, b.ref);
export const differentDates = (a: ReadClaim<DateRef>, b: ReadClaim<DateRef>) =>
  compareDates(a.ref, b.ref) === 'different';
export const figureKind = (f: ReadClaim<FigureRef>) => f.ref.unit;
export const dateKind = () => '';

export function findFigureConflicts(figures: ReadClaim<FigureRef>[]): Conflict[] {
  return listPairs(figures, figureKind, differentFigures).map(([a, b]) => figureConflict(a, b));
}

export function findDateConflicts(dates: ReadClaim<DateRef>[]): Conflict[] {
  return listPairs(dates, dateKind, differentDates).map(([a, b]) => dateConflict(a, b));
}

/** Two figures that conflict, as a pair. */
export function figureConflict(a: ReadClaim<FigureRef>, b: ReadClaim<FigureRef>): Conflict {
  const tagIds = sharedTags(a.claim, b.claim);
  return {
    kind: 'figure',
    claimIds: [a.claim.id, b.claim.id],
    tagIds,
    unit: a.ref.unit,
    figures: [a.ref, b.ref],
  };
}

/** Two dates that conflict, as a pair. */
export function dateConflict(a: ReadClaim<DateRef>, b: ReadClaim<DateRef>): Conflict {
  const tagIds = sharedTags(a.claim, b.claim);
  return { kind: 'date', claimIds: [a.claim.id, b.claim.id], tagIds, dates: [a.ref, b.ref] };
}

/** The tags two claims share, each once, in the first one's order: the first is the one taken under. */
export function sharedTags(a: Claim, b: Claim): string[] {
  return a.tagIds.filter((t, k, all) => b.tagIds.includes(t) && all.indexOf(t) === k);
}

/**
 * Walks the pairs from different sources sharing a tag that `differ`, each once. Only claims of one
 * kind (`kindOf`) can differ, so claims are put in buckets by tag and kind; a pair sharing several tags
 * is taken under the first of them it names, so no set of pairs seen is needed. Nothing is allocated
 * per pair: a library of 100,000 claims has some 700,000 of them.
 */
export function visitValueConflicts<T extends { claim: Claim }>(
  items: readonly T[],
  kindOf: (item: T) => string,
  differ: (a: T, b: T) => boolean,
  visit: ValueConflictVisitor<T>,
): void {
  // In reading order once: every bucket is then in reading order, and a pair's place among all pairs
  // is a number (its claims' ranks), so pairs sort without comparing claims.
  const ordered = [...items].sort(inReadingOrder);
  const byTagAndKind = new Map<string, Map<string, ValueBucket<T>>>();
  ordered.forEach((item, rank) => {
    const kind = kindOf(item);
    for (const tagId of new Set(item.claim.tagIds)) {
      const byKind = byTagAndKind.get(tagId) ?? byTagAndKind.set(tagId, new Map()).get(tagId)!;
      const bucket = byKind.get(kind) ?? byKind.set(kind, { tagId, items: [], ranks: [] }).get(kind)!;
      bucket.items.push(item);
      bucket.ranks.push(rank);
    }
  });
  for (const byKind of byTagAndKind.values()) {
    for (const bucket of byKind.values()) {
      visit.bucket(bucket);
      const { items: group, tagId } = bucket;
      for (let i = 0; i < group.length; i++) {
        const a = group[i] as T;
        for (let j = i + 1; j < group.length; j++) {
          const b = group[j] as T;
          if (a.claim.sourceId === b.claim.sourceId) continue;
          if (a.claim.tagIds.find((t) => b.claim.tagIds.includes(t)) !== tagId || !differ(a, b)) continue;
          visit.pair(i, j);
        }
      }
    }
  }
}

/** The conflicting pairs in reading order of their first claim, then of their second. */
function listPairs<T extends { claim: Claim }>(
  items: T[],
  kindOf: (item: T) => string,
  differ: (a: T, b: T) => boolean,
): [T, T][] {
  const found: { place: number; pair: [T, T] }[] = [];
  let bucket: ValueBucket<T> | null = null;
  visitValueConflicts(items, kindOf, differ, {
    bucket: (b) => (bucket = b),
    pair: (i, j) => {
      const { items: group, ranks } = bucket!;
      found.push({ place: ranks[i]! * items.length + ranks[j]!, pair: [group[i] as T, group[j] as T] });
    },
  });
  return found.sort((x, y) => x.place - y.place).map((f) => f.pair);
}
