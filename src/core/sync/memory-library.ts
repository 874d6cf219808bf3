// A library held in memory behind the LibraryPort: the CLI syncs a bundle file's library through it, and
// the tests use it as a client. It applies writes exactly as the port's contract says (newer wins, a
// conflict is kept once), so what it holds after sync is what the app's database would hold.
import { conflictKey } from '../exchange/conflict-key';
import { pickNewer } from '../exchange/compare-versions';
import type { MergeConflict } from '../exchange/merge-libraries';
import type { Library, Versioned } from '../model/records';
import type { LibraryPort, MergedWrites } from './library-port';
import { SYNC_TABLES } from './sync-documents';

export type MemoryLibrary = LibraryPort & {
  /** The library as it is now (a copy of the lists). */
  snapshot(): Library;
  /** Every conflict kept, in the order first seen. */
  conflicts(): MergeConflict[];
  /** A local edit: stores the records as they are (the caller stamps them) and tells subscribers. */
  edit(records: Partial<Library>): void;
};

export function createMemoryLibrary(initial: Library): MemoryLibrary {
  const tables = new Map(
    SYNC_TABLES.map((t) => [t, new Map((initial[t] as Versioned[]).map((r) => [r.id, r]))]),
  );
  const kept = new Map<string, MergeConflict>();
  const listeners = new Set<() => void>();
  const snapshot = (): Library =>
    Object.fromEntries(SYNC_TABLES.map((t) => [t, [...tables.get(t)!.values()]])) as Library;
  return {
    snapshot,
    conflicts: () => [...kept.values()],
    readLibrary: () => Promise.resolve(snapshot()),
    writeMerged({ records, conflicts }: MergedWrites) {
      for (const table of SYNC_TABLES) {
        const stored = tables.get(table)!;
        for (const record of records[table] as Versioned[]) {
          const old = stored.get(record.id);
          stored.set(record.id, old ? pickNewer(old, record) : record);
        }
      }
      for (const conflict of conflicts) {
        const key = conflictKey(conflict);
        if (!kept.has(key)) kept.set(key, conflict);
      }
      return Promise.resolve();
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    edit(records) {
      for (const table of SYNC_TABLES) {
        for (const record of (records[table] ?? []) as Versioned[]) tables.get(table)!.set(record.id, record);
      }
      for (const listener of listeners) listener();
    },
  };
}
