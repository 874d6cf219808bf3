// The cross-check rules' results (core/crosscheck), in the words and citation order the briefing's
// "Cross-checks" section prints: each sum, each corroboration, and each group of conflicting claims about
// the same thing (conflict-groups.ts) once, its values each with their own citations (finding-runs.ts).
import { describeSum } from '../../crosscheck/describe-cross-check';
import { findGroupedCrossChecks, type CheckedSource } from '../../crosscheck/find-cross-checks';
import type { Claim, Tag } from '../../model/records';
import type { CrossCheckFinding } from './cross-checks-section';
import { runsOfConflictGroup, runsOfCorroboration, type FindingRun } from './finding-runs';

export function findCrossCheckFindings(
  claims: readonly Claim[],
  sources: readonly CheckedSource[],
  tags: readonly Tag[] = [],
): CrossCheckFinding[] {
  const checks = findGroupedCrossChecks(claims, sources);
  const tagNames = new Map(tags.filter((t) => !t.deleted).map((t) => [t.id, t]));
  const findings: CrossCheckFinding[] = [];
  // The parts first, then the total: "£2.7m and £8.52m add up to the £11.22m total [1][2][3]".
  for (const s of checks.sums) {
    const claimIds = [...s.claimIds.slice(1), ...s.claimIds.slice(0, 1)];
    findings.push({ kind: 'sum', claimIds, text: describeSum(s) });
  }
  for (const c of checks.corroborations) findings.push(fromRuns('corroboration', runsOfCorroboration(c)));
  for (const group of checks.conflictGroups) {
    findings.push(fromRuns('conflict', runsOfConflictGroup(group, tagNames)));
  }
  return findings;
}

function fromRuns(kind: CrossCheckFinding['kind'], runs: FindingRun[]): CrossCheckFinding {
  const claimIds: string[] = [];
  for (const run of runs) for (const id of run.claimIds) claimIds.push(id);
  return { kind, claimIds, text: runs.map((r) => r.text).join(' '), runs };
}
