// What the researcher is told after a new version of a source is imported: how many of the old version's
// claims moved, how many were found reading a little differently (to check) and how many could not be
// placed (kept as orphans on the new source). The app's notice and `evidence import --new-version-of` say
// the same words.
import type { Reanchored } from './reanchor-claims';

const claims = (n: number) => `${n} claim${n === 1 ? '' : 's'}`;

export function describeReanchored(result: Pick<Reanchored, 'moved' | 'changed' | 'orphaned'>): string {
  const { moved, changed, orphaned } = result;
  if (moved.length + changed.length + orphaned.length === 0) return 'The old version had no claims to move.';
  return (
    `${claims(moved.length)} moved, ` +
    `${changed.length} found with a changed quote (check ${changed.length === 1 ? 'it' : 'them'}), ` +
    `${orphaned.length} orphaned (kept, listed under “Orphans”).`
  );
}
