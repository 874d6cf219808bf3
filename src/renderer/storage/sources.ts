// Sources in the library. A source's id is the hash of its file's bytes, so adding a file that is already
// here adds nothing and says so. Editing a source's details (its citation metadata) writes a newer version
// of the same record, stamped like every edit, so the change travels through merges.
import type { CslMetadata, Source } from '../../core/model/records';
import type { Actor } from './actor';
import type { Store } from './database';
import { nextTimestamp, nowIso } from './timestamps';

export type AddSourceResult = 'added' | 'already-present';

export async function addSource(store: Store, source: Source): Promise<AddSourceResult> {
  const { db } = store;
  return db.transaction('rw', db.sources, async () => {
    const existing = await db.sources.get(source.id);
    if (existing && !existing.deleted) return 'already-present';
    // A deleted source imported again comes back as a newer version, so the revival wins merges too.
    const revived = existing && existing.updatedAt >= source.updatedAt;
    await db.sources.put(
      revived ? { ...source, updatedAt: new Date(Date.parse(existing.updatedAt) + 1).toISOString() } : source,
    );
    return 'added';
  });
}

export async function listSources(store: Store): Promise<Source[]> {
  const all = await store.db.sources.toArray();
  return all.filter((s) => !s.deleted).sort((a, b) => a.title.localeCompare(b.title));
}

export async function getSource(store: Store, id: string): Promise<Source | undefined> {
  const source = await store.db.sources.get(id);
  return source && !source.deleted ? source : undefined;
}

/** Stores new citation metadata for a source; its title follows the metadata's title. */
export async function updateSourceDetails(
  store: Store,
  id: string,
  metadata: CslMetadata,
  actor: Actor,
): Promise<Source> {
  const { db } = store;
  return db.transaction('rw', db.sources, async () => {
    const current = await db.sources.get(id);
    if (!current || current.deleted) throw new Error('That source is not in the library.');
    const title = metadata.title?.trim() || current.title;
    const next: Source = {
      ...current,
      title,
      metadata: { ...metadata, title },
      updatedAt: nextTimestamp(current.updatedAt, actor.now ?? nowIso()),
      updatedBy: actor.researcherId,
    };
    await db.sources.put(next);
    return next;
  });
}

/**
 * Removes a source and its claims (suggestions included) as tombstones, so the removal travels through
 * merges; returns the ids of the claims removed with it, for Undo.
 */
export async function removeSource(store: Store, id: string, actor: Actor): Promise<string[]> {
  const { db } = store;
  const now = actor.now ?? nowIso();
  return db.transaction('rw', db.sources, db.claims, async () => {
    const current = await db.sources.get(id);
    if (!current || current.deleted) throw new Error('That source is not in the library.');
    const claims = (await db.claims.where('sourceId').equals(id).toArray()).filter((c) => !c.deleted);
    await db.sources.put({
      ...current,
      deleted: true,
      updatedAt: nextTimestamp(current.updatedAt, now),
      updatedBy: actor.researcherId,
    });
    await db.claims.bulkPut(
      claims.map((c) => ({
        ...c,
        deleted: true,
        updatedAt: nextTimestamp(c.updatedAt, now),
        updatedBy: actor.researcherId,
      })),
    );
    return claims.map((c) => c.id);
  });
}

/** Undo of removeSource: the source and the claims removed with it come back as newer versions. */
export async function restoreSource(
  store: Store,
  id: string,
  claimIds: string[],
  actor: Actor,
): Promise<void> {
  const { db } = store;
  const now = actor.now ?? nowIso();
  await db.transaction('rw', db.sources, db.claims, async () => {
    const current = await db.sources.get(id);
    if (!current) throw new Error('That source is not in the library.');
    const stamp = <T extends { updatedAt: string }>(r: T) => ({
      ...r,
      deleted: false,
      updatedAt: nextTimestamp(r.updatedAt, now),
      updatedBy: actor.researcherId,
    });
    await db.sources.put(stamp(current));
    const claims = (await db.claims.bulkGet(claimIds)).filter((c) => c !== undefined);
    await db.claims.bulkPut(claims.map(stamp));
  });
}
