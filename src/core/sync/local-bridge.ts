// The bridge between the researcher's library and the local PouchDB database, both ways. Records the
// library holds that the database does not hold as they are go in as new revisions (pending until
// replication sends them); documents that changed in the database (arrived from the server) have their
// conflicts resolved by the merge's rule and are merged into the library as a bundle import would merge
// them. The bridge remembers the version each document last held (`known`), so an unchanged record is
// never written again and the bridge's own writes are not read back as news.
import { canonicalJson } from '../exchange/canonical-json';
import { compareVersions } from '../exchange/compare-versions';
import { conflictKey } from '../exchange/conflict-key';
import type { MergeConflict } from '../exchange/merge-libraries';
import type { Versioned } from '../model/records';
import type { LibraryPort } from './library-port';
import { planIncoming, type Refusal } from './plan-incoming';
import type { PouchChange, PouchLike } from './pouch-types';
import { resolveLeaves, type Leaf } from './resolve-leaves';
import { docIdOf, emptyLibrary, recordToDoc, SYNC_TABLES, type RecordDoc } from './sync-documents';
import { appendAll } from '../lists/append-all';

export type BridgeState = {
  known: Map<string, { rev: string; text: string; record: Versioned }>;
  /** The local database's change sequence the library has seen up to. */
  appliedSeq: number | string;
  /** Documents refused by the library's rules (a reference not arrived yet): offered again next pass. */
  retry: Set<string>;
  /** Documents written to the local database and not yet confirmed on the server. */
  pending: Set<string>;
  /** Whether anything was written to the local database since the last complete push (resolutions too). */
  unsent: boolean;
};

export function createBridgeState(): BridgeState {
  return { known: new Map(), appliedSeq: 0, retry: new Set(), pending: new Set(), unsent: false };
}

export type ApplyReport = {
  /** Documents whose record the library took (or already held). */
  applied: string[];
  conflicts: MergeConflict[];
  refused: Refusal[];
};

/** Takes the documents that changed in the local database into the library. */
export async function applyLocalChanges(
  local: PouchLike,
  state: BridgeState,
  library: LibraryPort,
  now: string,
): Promise<ApplyReport> {
  const feed = await local.changes({ since: state.appliedSeq, include_docs: true, style: 'all_docs' });
  const changed = new Map<string, PouchChange | undefined>(feed.results.map((c) => [c.id, c]));
  for (const id of state.retry) if (!changed.has(id)) changed.set(id, undefined);
  const incoming = emptyLibrary();
  const conflicts: MergeConflict[] = [];
  const refused: Refusal[] = [];
  const resolutions: RecordDoc[] = [];
  const offered: string[] = [];
  for (const [id, change] of changed) {
    const single = change && change.changes.length === 1 && change.doc;
    if (single && state.known.get(id)?.rev === change.doc!._rev && !state.retry.has(id)) continue;
    const leaves: Leaf[] = single ? [{ rev: change.doc!._rev, doc: change.doc }] : await leavesOf(local, id);
    const resolved = resolveLeaves(id, leaves);
    appendAll(refused, resolved.refused);
    const { resolution } = resolved;
    if (!resolution) continue;
    const { table, winner, winnerRev } = resolution;
    state.known.set(id, { rev: winnerRev, text: canonicalJson(winner), record: winner });
    (incoming[table] as Versioned[]).push(winner);
    offered.push(id);
    appendAll(conflicts, resolution.conflicts);
    appendAll(resolutions, resolution.writes);
  }
  // Retiring losing leaves may fail if the document moved on meanwhile; the next pass sees it again.
  if (resolutions.length > 0) {
    await local.bulkDocs(resolutions);
    state.unsent = true;
  }
  state.appliedSeq = feed.last_seq;
  if (offered.length === 0) {
    state.retry = new Set();
    return { applied: [], conflicts, refused };
  }
  const plan = planIncoming(await library.readLibrary(), incoming, now);
  const allConflicts = uniqueConflicts([...conflicts, ...plan.conflicts]);
  await library.writeMerged({ records: plan.writes, conflicts: allConflicts });
  state.retry = new Set(plan.refused.map((r) => r.docId));
  for (const docId of state.retry) state.known.delete(docId);
  return {
    applied: offered.filter((id) => !state.retry.has(id)),
    conflicts: allConflicts,
    refused: [...refused, ...plan.refused],
  };
}

async function leavesOf(local: PouchLike, id: string): Promise<Leaf[]> {
  const revs = await local.get(id, { open_revs: 'all' });
  return revs.flatMap((r) => (r.ok ? [{ rev: r.ok._rev, doc: r.ok }] : []));
}

function uniqueConflicts(conflicts: MergeConflict[]): MergeConflict[] {
  return [...new Map(conflicts.map((c) => [conflictKey(c), c])).values()];
}

/** Writes every library record the local database does not hold as it is; returns the ids written. */
export async function pushLibraryToLocal(
  local: PouchLike,
  state: BridgeState,
  library: LibraryPort,
): Promise<string[]> {
  const current = await library.readLibrary();
  const docs: { doc: RecordDoc; text: string; record: Versioned }[] = [];
  const behind = emptyLibrary();
  for (const table of SYNC_TABLES) {
    for (const record of current[table] as Versioned[]) {
      const id = docIdOf(table, record.id);
      const known = state.known.get(id);
      const text = canonicalJson(record);
      if (known && known.text === text) continue;
      if (known && compareVersions(record, known.record) < 0) {
        // The library went back to an older version than the database holds: give it the newer one.
        (behind[table] as Versioned[]).push(known.record);
        continue;
      }
      if (state.retry.has(id)) continue; // the database holds a version the library has not taken yet
      docs.push({ doc: recordToDoc(table, record, known?.rev), text, record });
    }
  }
  if (SYNC_TABLES.some((t) => behind[t].length > 0))
    await library.writeMerged({ records: behind, conflicts: [] });
  if (docs.length === 0) return [];
  const results = await local.bulkDocs(docs.map((d) => d.doc));
  const written: string[] = [];
  results.forEach((result, i) => {
    const { doc, text, record } = docs[i]!;
    if (!result.ok || !result.rev) return; // a conflict: the next apply pass brings the newer version
    state.known.set(doc._id, { rev: result.rev, text, record });
    state.pending.add(doc._id);
    state.unsent = true;
    written.push(doc._id);
  });
  return written;
}
