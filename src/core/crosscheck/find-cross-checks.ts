// Checks a library's claims against each other: corroborations (the same figure or date in two or more
// sources), conflicts (figures or dates under a shared tag that differ between sources; an actor both
// supporting and opposing a topic) and sums (figures of a source that add up to another, or that the
// researcher marked as a total and do not). Only claims a briefing may cite take part (accepted or
// verified, not deleted), and only those whose source is in `sources` and not deleted. Pure and
// deterministic: the app's Cross-checks view and the briefing's "Cross-checks" section both call
// findGroupedCrossChecks, whose conflicts come in groups (conflict-groups.ts); findCrossChecks lists
// every conflicting pair instead.
//
//   const { corroborations, conflicts, sums } = findCrossChecks(claims, sources);
//   sums[0] -> { total: { written: '£11.22m', … }, parts: [{ written: '£8.52m' }, { written: '£2.7 m' }],
//                addsUp: true, difference: 0, marked: false, claimIds: [total, …parts] }
//
// describeCrossCheck (describe-cross-check.ts) puts an item into words; crossCheckBadges
// (cross-check-badges.ts) says which claims take part in what.
import { isCitableClaim } from '../briefing/citable-claims';
import type { Claim, Source } from '../model/records';
import { findConflictGroups, type ConflictGroup } from './conflict-groups';
import { findDateCorroborations, findFigureCorroborations } from './corroborations';
import type { CrossChecks, ReadClaim } from './cross-check-types';
import { readDate } from './read-date';
import { readFigure } from './read-figure';
import { findStanceConflicts, readStance } from './stance-conflicts';
import { findMarkedSums, findSums } from './sums';
import { findDateConflicts, findFigureConflicts } from './value-conflicts';

export type {
  Conflict,
  Corroboration,
  CrossChecks,
  DateRef,
  FigureRef,
  StanceRef,
  Sum,
} from './cross-check-types';

/** All the rules read of a source: whether it is live (a source entry without its text will do). */
export type CheckedSource = Pick<Source, 'id' | 'deleted'>;

/** The cross-checks with conflicts in groups. */
export type GroupedCrossChecks = Omit<CrossChecks, 'conflicts'> & { conflictGroups: ConflictGroup[] };

export function findCrossChecks(claims: readonly Claim[], sources: readonly CheckedSource[]): CrossChecks {
  const { figures, dates, stances } = readChecked(claims, sources);
  return {
    corroborations: [...findFigureCorroborations(figures), ...findDateCorroborations(dates)],
    conflicts: [
      ...findFigureConflicts(figures),
      ...findDateConflicts(dates),
      ...findStanceConflicts(stances),
    ],
    sums: [...findMarkedSums(figures), ...findSums(figures)],
  };
}

/**
 * The same cross-checks with the conflicts in groups (conflict-groups.ts), found without listing the
 * pairs: what the Cross-checks view and the briefing print.
 */
export function findGroupedCrossChecks(
  claims: readonly Claim[],
  sources: readonly CheckedSource[],
): GroupedCrossChecks {
  const read = readChecked(claims, sources);
  const { figures, dates } = read;
  return {
    corroborations: [...findFigureCorroborations(figures), ...findDateCorroborations(dates)],
    conflictGroups: findConflictGroups(read),
    sums: [...findMarkedSums(figures), ...findSums(figures)],
  };
}

/** What the rules read of the claims that take part. */
function readChecked(claims: readonly Claim[], sources: readonly CheckedSource[]) {
  const live = new Set(sources.filter((s) => !s.deleted).map((s) => s.id));
  const checked = claims.filter((c) => isCitableClaim(c) && live.has(c.sourceId));
  return {
    figures: readAll(checked, readFigure),
    dates: readAll(checked, readDate),
    stances: readAll(checked, readStance),
  };
}

function readAll<T>(claims: Claim[], read: (c: Claim) => T | undefined): ReadClaim<T>[] {
  const out: ReadClaim<T>[] = [];
  for (const claim of claims) {
    const ref = read(claim);
    if (ref !== undefined) out.push({ ref, claim });
  }
  return out;
}
