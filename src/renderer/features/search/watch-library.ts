// The search worker's view of the library: it reads the sources, claims and tag names from IndexedDB
// itself and keeps the version stamps it has indexed (diff-library.ts), so it reports only what the index
// must change. It reads everything once, then listens to Dexie's `storagemutated` event (every window's
// writes reach it) and reads again only the records a write names (mutated-keys.ts): an edited claim is one
// read, not the whole library. A renamed or deleted tag reads its claims through the tagIds index, since
// their tag names are indexed. A write Dexie names only as a range (a bulk write of 50 records or more, a
// clear) is followed by a full read, as is anything after a failed read.
import Dexie, { type ObservabilitySet } from 'dexie';
import type { Tag } from '../../../core/model/records';
import { listClaims } from '../../storage/claims';
import type { Store } from '../../storage/database';
import { getWholeSources } from '../../storage/source-texts';
import { listWholeSources } from '../../storage/sources';
import { listTags } from '../../storage/tags';
import { diffLibrary, diffRecords, emptyStamps } from './diff-library';
import { mutatedKeys } from './mutated-keys';
import type { IndexChanges } from './search-protocol';

const TABLES = ['sources', 'claims', 'tags'] as const;

type Pending = { all: boolean; sources: Set<string>; claims: Set<string>; tags: Set<string> };
const nothingPending = (): Pending => ({
  all: false,
  sources: new Set(),
  claims: new Set(),
  tags: new Set(),
});
const hasPending = (p: Pending) => p.all || p.sources.size + p.claims.size + p.tags.size > 0;

export type LibraryWatch = { stop: () => void };

/** Reports the whole library as changes once, then the changes of each write, in order. */
export function watchLibrary(
  store: Store,
  onChanges: (changes: IndexChanges) => void,
  onError: (error: unknown) => void,
): LibraryWatch {
  const { db } = store;
  let stamps = emptyStamps();
  const tagsById = new Map<string, Tag>();
  let pending: Pending = { ...nothingPending(), all: true };
  let running = false;
  let stopped = false;

  const readAll = () =>
    db.transaction('r', db.sources, db.sourceTexts, db.claims, db.tags, async () => {
      const [sources, claims, tags] = await Promise.all([
        listWholeSources(store),
        listClaims(store),
        listTags(store),
      ]);
      tagsById.clear();
      for (const tag of tags) tagsById.set(tag.id, tag);
      const { changes, next } = diffLibrary(stamps, sources, claims, tagsById);
      stamps = next;
      return changes;
    });

  const readSome = (batch: Pending) =>
    db.transaction('r', db.sources, db.sourceTexts, db.claims, db.tags, async () => {
      const tagIds = [...batch.tags];
      (await readMany(db.tags, tagIds)).forEach((tag, id) => {
        if (tag && !tag.deleted) tagsById.set(id, tag);
        else tagsById.delete(id);
      });
      const claimIds = new Set(batch.claims);
      if (tagIds.length > 0) {
        for (const id of await db.claims.where('tagIds').anyOf(tagIds).primaryKeys()) claimIds.add(id);
      }
      const sourceIds = [...batch.sources];
      const wholeSources = sourceIds.length > 0 ? await getWholeSources(db, sourceIds) : [];
      const sources = new Map(sourceIds.map((id, i) => [id, wholeSources[i]]));
      const claims = await readMany(db.claims, [...claimIds]);
      return diffRecords(stamps, sources, claims, tagsById);
    });

  async function run(): Promise<void> {
    if (running) return;
    running = true;
    try {
      while (!stopped && hasPending(pending)) {
        const batch = pending;
        pending = nothingPending();
        const changes = batch.all ? await readAll() : await readSome(batch);
        if (!stopped) onChanges(changes);
      }
    } catch (error) {
      pending.all = true;
      if (!stopped) onError(error);
    } finally {
      running = false;
    }
  }

  const listener = (parts: ObservabilitySet) => {
    const touched = mutatedKeys(parts, db.name, TABLES);
    if (!touched) return;
    pending.all ||= touched.all;
    for (const table of TABLES) for (const id of touched.keys.get(table) ?? []) pending[table].add(id);
    void run();
  };
  Dexie.on('storagemutated', listener);
  void run();
  return {
    stop: () => {
      stopped = true;
      Dexie.on.storagemutated.unsubscribe(listener);
    },
  };
}

/** The records stored under these ids (undefined where none is), without asking when there are none. */
async function readMany<T>(
  table: { bulkGet: (ids: string[]) => Promise<(T | undefined)[]> },
  ids: string[],
): Promise<Map<string, T | undefined>> {
  if (ids.length === 0) return new Map();
  const records = await table.bulkGet(ids);
  return new Map(ids.map((id, i) => [id, records[i]]));
}
