// Sums within a source: "£2.7 m" and "£8.52m" make the "£11.22m" total. Two kinds.
//
// Found sums: a positive figure that equals the sum of two to four other figures of its unit in the same
// source, at the total's stated precision (the parts, added as written and rounded to the total's
// precision, give the total). The parts of a total are stated near it, so the search looks only at the
// NEAR_FIGURES figures of that unit nearest to it in the text, each value once (a figure restated is not
// counted twice): at most C(12,2) + C(12,3) + C(12,4) = 781 sets per figure, so the work grows linearly
// with the number of figures. The fewest parts win; when several different sets of that size make the
// total, nothing is said (a chance coincidence is then likelier than a sum).
//
// Marked sums: a figure the researcher marked as the total of chosen others (ClaimFields.totalOf) adds up
// when the difference is within what rounding every figure allows (half the total's precision plus half
// of each part's), and otherwise is shown not adding up, with the difference.
import type { FigureRef, ReadClaim, Sum } from './cross-check-types';
import { inReadingOrder } from './corroborations';
import { figuresAgree, slack, uncertaintyOf } from './read-figure';

const NEAR_FIGURES = 12;
const MIN_PARTS = 2;
const MAX_PARTS = 4;

type Figure = ReadClaim<FigureRef>;

export function findMarkedSums(figures: Figure[]): Sum[] {
  const byId = new Map(figures.map((f) => [f.claim.id, f]));
  const sums: Sum[] = [];
  for (const total of figures) {
    const ids = [...new Set(total.claim.fields.totalOf ?? [])].filter((id) => id !== total.claim.id);
    const parts = ids
      .map((id) => byId.get(id))
      .filter((p): p is Figure => p !== undefined && p.ref.unit === total.ref.unit)
      .sort(inReadingOrder);
    if (parts.length === 0) continue;
    const difference = total.ref.value - sumOf(parts);
    const allowed = uncertaintyOf(total.ref) + parts.reduce((t, p) => t + uncertaintyOf(p.ref), 0);
    sums.push(
      toSum(total, parts, Math.abs(difference) <= allowed + slack(total.ref.value), difference, true),
    );
  }
  return sums;
}

/** Counts the sets of parts tried, for measuring how the search grows. */
export type SearchTally = { sets: number };

/** Found sums among each source's figures of one unit; totals the researcher marked are left to them. */
export function findSums(figures: Figure[], tally: SearchTally = { sets: 0 }): Sum[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = `${f.claim.sourceId}\u0000${f.ref.unit}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const sums: Sum[] = [];
  for (const group of groups.values()) {
    const ordered = group.filter((f) => f.ref.value > 0).sort(inReadingOrder);
    ordered.forEach((total, index) => {
      if (total.claim.fields.totalOf?.length) return;
      const parts = findParts(total, nearbyCandidates(ordered, index), tally);
      if (parts) sums.push(toSum(total, parts, true, total.ref.value - sumOf(parts), false));
    });
  }
  return sums;
}

/** Up to NEAR_FIGURES figures smaller than the total, nearest to it first, one per value. */
function nearbyCandidates(ordered: Figure[], index: number): Figure[] {
  const total = ordered[index] as Figure;
  const chosen: Figure[] = [];
  for (let before = index - 1, after = index + 1; chosen.length < NEAR_FIGURES;) {
    const b = ordered[before];
    const a = ordered[after];
    if (!a && !b) break;
    const nextIsBefore = b !== undefined && (a === undefined || distance(b, total) <= distance(a, total));
    const next = (nextIsBefore ? b : a) as Figure;
    if (nextIsBefore) before--;
    else after++;
    if (next.ref.value >= total.ref.value || figuresAgree(next.ref, total.ref)) continue;
    if (chosen.some((c) => figuresAgree(c.ref, next.ref))) continue;
    chosen.push(next);
  }
  return chosen;
}

function distance(a: Figure, b: Figure): number {
  return Math.abs(a.claim.target.selector[1].start - b.claim.target.selector[1].start);
}

/** The one smallest set of candidates that makes the total, or undefined (none, or several). */
function findParts(total: Figure, candidates: Figure[], tally: SearchTally): Figure[] | undefined {
  const target = total.ref.value;
  const tolerance = uncertaintyOf(total.ref) + slack(target);
  const sorted = [...candidates].sort((a, b) => b.ref.value - a.ref.value);
  for (let size = MIN_PARTS; size <= Math.min(MAX_PARTS, sorted.length); size++) {
    const matches: Figure[][] = [];
    const pick: Figure[] = [];
    const search = (from: number, sum: number): void => {
      if (matches.length > 1) return;
      if (pick.length === size) {
        tally.sets += 1;
        if (Math.abs(target - sum) <= tolerance) matches.push([...pick]);
        return;
      }
      for (let i = from; i <= sorted.length - (size - pick.length); i++) {
        const next = sorted[i] as Figure;
        // sorted largest first: once a set overshoots, every later choice overshoots less, so go on
        if (sum + next.ref.value > target + tolerance) continue;
        pick.push(next);
        search(i + 1, sum + next.ref.value);
        pick.pop();
      }
    };
    search(0, 0);
    if (matches.length === 1) return (matches[0] as Figure[]).sort(inReadingOrder);
    if (matches.length > 1) return undefined;
  }
  return undefined;
}

function sumOf(parts: Figure[]): number {
  return parts.reduce((t, p) => t + p.ref.value, 0);
}

function toSum(total: Figure, parts: Figure[], addsUp: boolean, difference: number, marked: boolean): Sum {
  return {
    claimIds: [total.claim.id, ...parts.map((p) => p.claim.id)],
    total: total.ref,
    parts: parts.map((p) => p.ref),
    unit: total.ref.unit,
    addsUp,
    difference: Number(difference.toPrecision(12)),
    marked,
  };
}
