// Reviewing the conflicts an import kept: versions by another researcher that lost a merge. The researcher
// either keeps the current version (the conflict is dismissed) or adopts the other one, which is written as a
// NEW version by the local researcher, so it wins every later merge with the colleague's copy. Either way the
// conflict row is flagged resolved, not deleted, so importing the same file again does not list it again.
import type { Table } from 'dexie';
import type { MergeConflict, TableName } from '../../core/exchange/merge-libraries';
import type { Source, Versioned } from '../../core/model/records';
import { stampVersion } from '../../core/model/version-stamp';
import { actingNow, type Actor } from './actor';
import type { Store, StoredConflict } from './database';
import { getWholeSource, putSources } from './source-texts';

type VersionsOf<T extends TableName> = Extract<MergeConflict, { table: T }>['kept'];
/** A conflict to show: `current` is the record as it is now (it may have changed since the import). */
export type OpenConflict = {
  [T in TableName]: {
    id: string;
    detectedAt: string;
    table: T;
    recordId: string;
    current: VersionsOf<T>;
    lost: VersionsOf<T>;
    /** Display names of who last changed each version, or null when that researcher is unknown. */
    currentBy: string | null;
    lostBy: string | null;
  };
}[TableName];

const isOpen = (row: StoredConflict) => !row.resolvedAt;

function recordTable(store: Store, table: TableName) {
  return store.db[table] as unknown as Table<Versioned, string>;
}

/** The record as stored now, whole (a source with its text). */
function getRecord(store: Store, table: TableName, id: string): Promise<Versioned | undefined> {
  return table === 'sources' ? getWholeSource(store.db, id) : recordTable(store, table).get(id);
}

async function putRecord(store: Store, table: TableName, record: Versioned): Promise<void> {
  if (table === 'sources') await putSources(store.db, [record as Source]);
  else await recordTable(store, table).put(record);
}

function recordTables({ db }: Store) {
  return [db.conflicts, db.researchers, db.tags, db.sources, db.sourceTexts, db.claims, db.briefings];
}

/** Unresolved conflicts, oldest first, each with the record's current version and who made each version. */
export async function listOpenConflicts(store: Store): Promise<OpenConflict[]> {
  const { db } = store;
  return db.transaction('r', recordTables(store), async () => {
    const rows = (await db.conflicts.toArray()).filter(isOpen);
    const names = new Map((await db.researchers.toArray()).map((r) => [r.id, r.displayName]));
    const open: OpenConflict[] = [];
    for (const row of rows) {
      const { table, id, kept, lost } = row.conflict;
      const current = (await getRecord(store, table, id)) ?? kept;
      open.push({
        id: row.id,
        detectedAt: row.detectedAt,
        table,
        recordId: id,
        current,
        lost,
        currentBy: names.get(current.updatedBy) ?? null,
        lostBy: names.get(lost.updatedBy) ?? null,
      } as OpenConflict);
    }
    return open.sort((a, b) => a.detectedAt.localeCompare(b.detectedAt) || a.id.localeCompare(b.id));
  });
}

export async function countOpenConflicts(store: Store): Promise<number> {
  return store.db.conflicts.filter(isOpen).count();
}

async function openRow(store: Store, conflictId: string): Promise<StoredConflict> {
  const row = await store.db.conflicts.get(conflictId);
  if (!row || !isOpen(row)) throw new Error('That conflict has already been resolved.');
  return row;
}

/** Dismisses the conflict: the current version stays as it is. */
export async function keepCurrentVersion(store: Store, conflictId: string, actor: Actor): Promise<void> {
  const { db } = store;
  await db.transaction('rw', db.conflicts, async () => {
    await openRow(store, conflictId);
    await db.conflicts.update(conflictId, { resolvedAt: actingNow(actor).now, resolution: 'kept-current' });
  });
}

/**
 * Writes the losing version's content back as a new version of the same record, stamped later than both
 * versions and by the local researcher, and resolves the conflict: all in one transaction.
 */
export async function adoptOtherVersion(store: Store, conflictId: string, actor: Actor): Promise<Versioned> {
  const { db } = store;
  const stamp = actingNow(actor);
  return db.transaction('rw', recordTables(store), async () => {
    const row = await openRow(store, conflictId);
    const { table, id, lost } = row.conflict;
    const current = await getRecord(store, table, id);
    const next: Versioned = { ...lost, ...stampVersion(stamp, current, lost) };
    await putRecord(store, table, next);
    await db.conflicts.update(conflictId, { resolvedAt: stamp.now, resolution: 'used-other' });
    return next;
  });
}
