// The library's side of team sync in the app (core's LibraryPort over Dexie): the engine reads every
// record, stores what its merge chose, and hears of every change, this window's or another tab's, so
// "Keep in sync" sends it. A stored record newer than the one arriving (the researcher edited it while a
// pass ran) is kept, and goes out on the next pass; conflicts are keyed as a bundle import keys them.
// The originals kept for drawing PDF pages go out as attachments; another machine fetches one when the
// researcher opens that source (team-sync.ts).
import Dexie from 'dexie';
import { compareVersions } from '../../core/exchange/compare-versions';
import { conflictKey } from '../../core/exchange/conflict-key';
import type { Library, Versioned } from '../../core/model/records';
import type { LibraryPort, MergedWrites } from '../../core/sync/library-port';
import type { OriginalsPort } from '../../core/sync/originals';
import { libraryTables, type Store } from './database';
import { readLibrary } from './library-exchange';
import { getWholeSources, putSources } from './source-texts';
import { nowIso } from './timestamps';

type LibraryTable = keyof Library;
const TABLES: LibraryTable[] = ['researchers', 'tags', 'sources', 'claims', 'briefings'];

/** The records to put: each arriving version unless the stored one is newer (or the same). */
function newerThanStored<T extends Versioned & { id: string }>(
  arriving: T[],
  stored: (T | undefined)[],
): T[] {
  return arriving.filter((record, i) => {
    const current = stored[i];
    return current === undefined || compareVersions(record, current) > 0;
  });
}

async function writeMerged(store: Store, writes: MergedWrites): Promise<void> {
  const { db } = store;
  await db.transaction('rw', libraryTables(store), async () => {
    for (const name of TABLES) {
      if (name === 'sources') continue;
      const table = db[name] as unknown as Dexie.Table<Versioned & { id: string }, string>;
      const arriving = writes.records[name] as (Versioned & { id: string })[];
      if (arriving.length === 0) continue;
      const stored = await table.bulkGet(arriving.map((record) => record.id));
      await table.bulkPut(newerThanStored(arriving, stored));
    }
    // A source is stored as its entry and its text (storage/source-texts); versions compare whole.
    const sources = writes.records.sources;
    const storedSources = await getWholeSources(
      db,
      sources.map((s) => s.id),
    );
    await putSources(db, newerThanStored(sources, storedSources));
    const detectedAt = nowIso();
    const rows = writes.conflicts.map((conflict) => ({ id: conflictKey(conflict), detectedAt, conflict }));
    const existing = await db.conflicts.bulkGet(rows.map((row) => row.id));
    await db.conflicts.bulkPut(rows.filter((_, i) => !existing[i]));
  });
}

/** Calls back after any write to the library's tables in this database, from this tab or another. */
function subscribe(store: Store, onChange: () => void): () => void {
  const prefixes = TABLES.map((name) => `idb://${store.db.name}/${name}/`);
  const listener = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((key) => prefixes.some((prefix) => key.startsWith(prefix)))) onChange();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}

/** Only PDFs keep their original (their pages are drawn from it). */
function originalsOf(store: Store): OriginalsPort {
  return {
    listOriginals: async () => (await store.db.originals.toCollection().primaryKeys()) as string[],
    readOriginal: async (sourceId) => {
      const kept = await store.db.originals.get(sourceId);
      return kept ? { bytes: kept.bytes, contentType: 'application/pdf' } : undefined;
    },
  };
}

export function createSyncLibrary(store: Store): LibraryPort {
  return {
    originals: originalsOf(store),
    readLibrary: () => readLibrary(store),
    writeMerged: (writes) => writeMerged(store, writes),
    subscribe: (onChange) => subscribe(store, onChange),
  };
}
