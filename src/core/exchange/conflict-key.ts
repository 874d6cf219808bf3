// The key of a kept conflict: the record and the losing version (its stamp), so the same losing version
// met again (the same bundle imported twice, or the same conflict seen again through sync) is listed once,
// and a conflict already resolved stays resolved.
import type { MergeConflict } from './merge-libraries';

export function conflictKey(c: MergeConflict): string {
  return `${c.table}:${c.id}:${c.lost.updatedAt}:${c.lost.updatedBy}`;
}
