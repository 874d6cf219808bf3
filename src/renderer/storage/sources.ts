// Sources in the library. A source's id is the hash of its file's bytes, so adding a file that is already
// here adds nothing and says so. Editing a source's details (its citation metadata) writes a newer version
// of the same record, stamped like every edit, so the change travels through merges.
import { admitImportedSource } from '../../core/import/admit-source';
import type { CslMetadata, Source } from '../../core/model/records';
import { stampVersion } from '../../core/model/version-stamp';
import { actingNow, type Actor } from './actor';
import type { EvidenceDatabase, Store } from './database';
import { sortInSlices } from './sort-in-slices';
import { getWholeSource, putSources, withTexts, type SourceEntry } from './source-texts';

export type AddSourceResult = 'added' | 'already-present';

/** Stores an imported source; a deleted one comes back (core's revival rule) and counts as added. */
export async function addSource(store: Store, source: Source): Promise<AddSourceResult> {
  const { db } = store;
  return db.transaction('rw', db.sources, db.sourceTexts, async () => {
    const admitted = admitImportedSource(await getWholeSource(db, source.id), source);
    if (admitted.outcome === 'already-present') return 'already-present';
    await putSources(db, [admitted.source]);
    return 'added';
  });
}

/** The sources a new one could repeat: the one with its id, and those with its text (by the textHash index). */
export async function findSourcesLike(
  store: Store,
  source: Pick<Source, 'id' | 'textHash'>,
): Promise<Source[]> {
  const { db } = store;
  return db.transaction('r', db.sources, db.sourceTexts, async () => {
    const [same, sameText] = await Promise.all([
      db.sources.get(source.id),
      db.sources.where('textHash').equals(source.textHash).toArray(),
    ]);
    return withTexts(db, [...(same ? [same] : []), ...sameText.filter((s) => s.id !== source.id)]);
  });
}

const byTitle = new Intl.Collator().compare;

const PAGE = 1000;

/**
 * Every entry, deleted ones too, read a thousand at a time by id: the browser decodes each page in a task
 * of its own, where one read of 10,000 entries was decoded in one task of over 100 ms.
 */
async function readEntriesInPages(db: EvidenceDatabase): Promise<SourceEntry[]> {
  const all: SourceEntry[] = [];
  let page = await db.sources.orderBy(':id').limit(PAGE).toArray();
  while (page.length > 0) {
    for (const entry of page) all.push(entry);
    const last = page[page.length - 1] as SourceEntry;
    page = page.length < PAGE ? [] : await db.sources.where(':id').above(last.id).limit(PAGE).toArray();
  }
  return all;
}

const byEntryTitle = (a: SourceEntry, b: SourceEntry) => byTitle(a.title, b.title);

/**
 * The live sources' entries, by title: what the library lists (their texts are not read). The page re-reads
 * them after every change, so they are sorted in slices (sort-in-slices.ts): 10,000 titles in collator
 * order take tens of milliseconds, too long for one task.
 */
export async function listSources(store: Store): Promise<SourceEntry[]> {
  const { db } = store;
  const all = await db.transaction('r', db.sources, () => readEntriesInPages(db));
  return sortInSlices(
    all.filter((s) => !s.deleted),
    byEntryTitle,
  );
}

/**
 * The live sources' entries by title, sorted at once (for a worker; the page sorts in slices): with
 * `readWithTexts`, the sources whole.
 */
export async function listSourceEntries(store: Store): Promise<SourceEntry[]> {
  const all = await store.db.sources.toArray();
  return all.filter((s) => !s.deleted).sort(byEntryTitle);
}

/** The live sources whole, texts included, by title: for a worker that reads every text. */
export async function listWholeSources(store: Store): Promise<Source[]> {
  const { db } = store;
  // Sorted at once: waiting on anything but the database would end the transaction.
  return db.transaction('r', db.sources, db.sourceTexts, async () => {
    const all = await db.sources.toArray();
    return withTexts(db, all.filter((s) => !s.deleted).sort(byEntryTitle));
  });
}

/** These sources whole, texts included, in the order given (the suggester, a briefing of every claim). */
export async function readWithTexts(store: Store, entries: readonly SourceEntry[]): Promise<Source[]> {
  const { db } = store;
  return db.transaction('r', db.sources, db.sourceTexts, () => withTexts(db, entries));
}

/** One live source, whole. */
export async function getSource(store: Store, id: string): Promise<Source | undefined> {
  const { db } = store;
  const source = await db.transaction('r', db.sources, db.sourceTexts, () => getWholeSource(db, id));
  return source && !source.deleted ? source : undefined;
}

/** Stores new citation metadata for a source; its title follows the metadata's title. */
export async function updateSourceDetails(
  store: Store,
  id: string,
  metadata: CslMetadata,
  actor: Actor,
): Promise<SourceEntry> {
  const { db } = store;
  const stamp = actingNow(actor);
  // Only the entry changes: the text stays where it is.
  return db.transaction('rw', db.sources, async () => {
    const current = await db.sources.get(id);
    if (!current || current.deleted) throw new Error('That source is not in the library.');
    const title = metadata.title?.trim() || current.title;
    const next: SourceEntry = {
      ...current,
      title,
      metadata: { ...metadata, title },
      ...stampVersion(stamp, current),
    };
    await db.sources.put(next);
    return next;
  });
}

/** A copy of a record, deleted or not, stamped as a new version by the actor. */
function markDeleted<T extends { updatedAt: string }>(
  record: T,
  deleted: boolean,
  stamp: ReturnType<typeof actingNow>,
): T {
  return { ...record, deleted, ...stampVersion(stamp, record) };
}

/**
 * Removes a source and its claims (suggestions included) as tombstones, so the removal travels through
 * merges; returns the ids of the claims removed with it, for Undo.
 */
export async function removeSource(store: Store, id: string, actor: Actor): Promise<string[]> {
  const { db } = store;
  const stamp = actingNow(actor);
  return db.transaction('rw', db.sources, db.claims, async () => {
    const current = await db.sources.get(id);
    if (!current || current.deleted) throw new Error('That source is not in the library.');
    const claims = (await db.claims.where('sourceId').equals(id).toArray()).filter((c) => !c.deleted);
    await db.sources.put(markDeleted(current, true, stamp));
    await db.claims.bulkPut(claims.map((c) => markDeleted(c, true, stamp)));
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
  const stamp = actingNow(actor);
  await db.transaction('rw', db.sources, db.claims, async () => {
    const current = await db.sources.get(id);
    if (!current) throw new Error('That source is not in the library.');
    await db.sources.put(markDeleted(current, false, stamp));
    const claims = (await db.claims.bulkGet(claimIds)).filter((c) => c !== undefined);
    await db.claims.bulkPut(claims.map((c) => markDeleted(c, false, stamp)));
  });
}
