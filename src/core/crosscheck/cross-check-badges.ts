// Which cross-checks a claim takes part in, as the small badges its card shows: "corroborated",
// "conflict", "part of a sum" (a total or a part that adds up) and "does not add up" (a marked total, or
// one of its parts, that does not). Conflicts may come as pairs or as groups (every claim of a group is
// in a conflicting pair), so the app's grouped answer badges the same claims as the pairs would.

/** What the badges read: the claims of each corroboration, conflict (a pair or a group) and sum. */
export type BadgeSource = {
  corroborations: readonly { claimIds: readonly string[] }[];
  conflicts: readonly { claimIds: readonly string[] }[];
  sums: readonly { claimIds: readonly string[]; addsUp: boolean }[];
};

export type CrossCheckBadge = 'corroborated' | 'conflict' | 'sum' | 'sum-mismatch';

export const BADGE_WORDS: Record<CrossCheckBadge, string> = {
  corroborated: 'corroborated',
  conflict: 'conflict',
  sum: 'part of a sum',
  'sum-mismatch': 'does not add up',
};

const ORDER: CrossCheckBadge[] = ['conflict', 'sum-mismatch', 'corroborated', 'sum'];

/** Each claim's badges, most pressing first; claims in no cross-check are absent. */
export function crossCheckBadges(checks: BadgeSource): Map<string, CrossCheckBadge[]> {
  const found = new Map<string, Set<CrossCheckBadge>>();
  const add = (ids: readonly string[], badge: CrossCheckBadge) => {
    for (const id of ids) found.set(id, (found.get(id) ?? new Set()).add(badge));
  };
  for (const c of checks.corroborations) add(c.claimIds, 'corroborated');
  for (const c of checks.conflicts) add(c.claimIds, 'conflict');
  for (const s of checks.sums) add(s.claimIds, s.addsUp ? 'sum' : 'sum-mismatch');
  return new Map([...found].map(([id, badges]) => [id, ORDER.filter((b) => badges.has(b))]));
}
