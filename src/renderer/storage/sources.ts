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

/** The sources a new one could repeat: the one with its id, and those with its text (by the textHash index). */
export async function findSourcesLike(
  store: Store,
  source: Pick<Source, 'id' | 'textHash'>,
): Promise<Source[]> {
  const { db } = store;
  const [same, sameText] = await Promise.all([
    db.sources.get(source.id),
    db.sources.where('textHash').equals(source.textHash).toArray(),
  ]);
  return [...(same ? [same] : []), ...sameText.filter((s) => s.id !== source.id)];
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
