// Conflict resolution for one document. CouchDB keeps every conflicting revision and picks a winner by its
// own arbitrary rule; we pick with the merge's rule instead (compare-versions: newer updatedAt, then
// updatedBy, then the hash), so a document ends holding exactly what merging the bundles would keep. Every
// other leaf that holds a record becomes a deletion keeping that version under `lost`; a losing version by
// another researcher is reported as a conflict for review, by the same test a bundle import uses.
import { canonicalJson } from '../exchange/canonical-json';
import { compareVersions } from '../exchange/compare-versions';
import { isConflict, type MergeConflict, type TableName } from '../exchange/merge-libraries';
import type { Versioned } from '../model/records';
import { DOC_TYPES, lostVersionDoc, readDoc, type RecordDoc } from './sync-documents';

/** One leaf revision of a document, as `get(id, { open_revs: 'all' })` returns it. */
export type Leaf = { rev: string; doc: unknown };

export type LeafResolution = {
  table: TableName;
  /** The version the merge keeps, and the leaf that holds it. */
  winner: Versioned;
  winnerRev: string;
  /** Deletions that retire the losing leaves, to write to the local database. */
  writes: RecordDoc[];
  conflicts: MergeConflict[];
  refused: { docId: string; message: string }[];
};

/**
 * The resolution of a document's leaves (null when none holds a valid record: nothing to apply), and the
 * leaves refused by the record schemas.
 */
export function resolveLeaves(
  docId: string,
  leaves: Leaf[],
): { resolution: LeafResolution | null; refused: LeafResolution['refused'] } {
  const current: { rev: string; table: TableName; record: Versioned }[] = [];
  const lost: Versioned[] = [];
  const refused: LeafResolution['refused'] = [];
  for (const leaf of leaves) {
    const read = readDoc(leaf.doc);
    if (read.kind === 'record') current.push({ rev: leaf.rev, table: read.table, record: read.record });
    else if (read.kind === 'lost') lost.push(read.record);
    else if (read.kind === 'refused') refused.push({ docId: read.docId, message: read.message });
  }
  if (current.length === 0) return { resolution: null, refused };
  const best = current.reduce((a, b) => (compareVersions(b.record, a.record) > 0 ? b : a));
  const { table, record: winner } = best;
  const losers = [...current.filter((c) => c !== best).map((c) => c.record), ...lost];
  const conflicts: MergeConflict[] = [];
  const seen = new Set<string>();
  for (const loser of losers) {
    const text = canonicalJson(loser);
    if (seen.has(text) || text === canonicalJson(winner) || !isConflict(winner, loser)) continue;
    seen.add(text);
    conflicts.push({ table, id: winner.id, kept: winner, lost: loser } as MergeConflict);
  }
  const writes = current
    .filter((c) => c !== best)
    .map((c) => lostVersionDoc(docId, c.rev, DOC_TYPES[table], c.record));
  return { resolution: { table, winner, winnerRev: best.rev, writes, conflicts, refused }, refused };
}
