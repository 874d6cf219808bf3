// The cross-check rules' results (core/crosscheck), in the words and citation order the briefing's
// "Cross-checks" section prints: each sum, corroboration and conflict found among the claims.
import { describeConflict, describeCorroboration, describeSum } from '../../crosscheck/describe-cross-check';
import { findCrossChecks } from '../../crosscheck/find-cross-checks';
import type { Claim, Source, Tag } from '../../model/records';
import type { CrossCheckFinding } from './cross-checks-section';

export function findCrossCheckFindings(
  claims: readonly Claim[],
  sources: readonly Source[],
  tags: readonly Tag[] = [],
): CrossCheckFinding[] {
  const checks = findCrossChecks(claims, sources);
  const tagNames = new Map(tags.filter((t) => !t.deleted).map((t) => [t.id, t]));
  return [
    // The parts first, then the total: "£2.7m and £8.52m add up to the £11.22m total [1][2][3]".
    ...checks.sums.map((s) => ({
      kind: 'sum' as const,
      claimIds: [...s.claimIds.slice(1), ...s.claimIds.slice(0, 1)],
      text: describeSum(s),
    })),
    ...checks.corroborations.map((c) => ({
      kind: 'corroboration' as const,
      claimIds: c.claimIds,
      text: describeCorroboration(c),
    })),
    ...checks.conflicts.map((c) => ({
      kind: 'conflict' as const,
      claimIds: c.claimIds,
      text: describeConflict(c, tagNames),
    })),
  ];
}
