// The search worker reads the library from IndexedDB itself: its first read indexes every live source
// and searchable claim, and after that each write is followed by a read of only the records it names (an
// edited claim, a renamed tag's claims, a deleted source), so the index follows the database without the
// window sending anything and without reading the library again. Whatever the writes, what the watcher
// has reported adds up to what a full read would index now.
import type { DBCore } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../scripts/scale/generate-library.mjs';
import type { Claim, Library, Tag } from '../../../src/core/model/records';
import { isSearchableClaim } from '../../../src/core/search/search-records';
import { diffLibrary, emptyStamps } from '../../../src/renderer/features/search/diff-library';
import type { IndexChanges } from '../../../src/renderer/features/search/search-protocol';
import { watchLibrary, type LibraryWatch } from '../../../src/renderer/features/search/watch-library';
import { listClaims } from '../../../src/renderer/storage/claims';
import type { Store } from '../../../src/renderer/storage/database';
import { splitSource } from '../../../src/renderer/storage/source-texts';
import { listWholeSources } from '../../../src/renderer/storage/sources';
import { listTags } from '../../../src/renderer/storage/tags';
import { freshStore, putLibrary } from '../storage/storage-kit';

const opened: { store: Store; watch?: LibraryWatch }[] = [];
afterEach(() => {
  for (const { store, watch } of opened.splice(0)) {
    watch?.stop();
    store.db.close();
  }
});

/** A store whose record reads (values, not keys) are counted per table, as Dexie's own layer sees them. */
function countingStore() {
  const { store } = freshStore();
  const reads = new Map<string, number>();
  const count = (table: string, n: number) => reads.set(table, (reads.get(table) ?? 0) + n);
  store.db.use({
    stack: 'dbcore',
    name: 'count-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          get: async (req) => {
            const value: unknown = await table.get(req);
            count(name, value === undefined ? 0 : 1);
            return value;
          },
          getMany: async (req) => {
            const values = await table.getMany(req);
            count(name, values.filter((v) => v !== undefined).length);
            return values;
          },
          query: async (req) => {
            const response = await table.query(req);
            if (req.values) count(name, response.result.length);
            return response;
          },
        };
      },
    }),
  });
  const entry: { store: Store; watch?: LibraryWatch } = { store };
  opened.push(entry);
  return { store, reads, entry };
}

/** Watches the store, keeping the index the reported changes build and a way to wait for the next. */
function watchIndex(entry: { store: Store; watch?: LibraryWatch }) {
  const indexed = { sources: new Set<string>(), claims: new Map<string, unknown>() };
  const waiting: ((changes: IndexChanges) => void)[] = [];
  const apply = (changes: IndexChanges) => {
    for (const id of changes.dropSources) indexed.sources.delete(id);
    for (const id of changes.dropClaims) indexed.claims.delete(id);
    for (const source of changes.putSources) indexed.sources.add(source.id);
    for (const claim of changes.putClaims) indexed.claims.set(claim.id, claim);
    waiting.shift()?.(changes);
  };
  entry.watch = watchLibrary(entry.store, apply, (error) => {
    throw error;
  });
  const next = () => new Promise<IndexChanges>((resolve) => waiting.push(resolve));
  return { indexed, next };
}

/** What a full read of the store would index now. */
async function indexedByFullRead(store: Store) {
  const tags = await listTags(store);
  const { changes } = diffLibrary(
    emptyStamps(),
    await listWholeSources(store),
    await listClaims(store),
    new Map(tags.map((t) => [t.id, t])),
  );
  return {
    sources: new Set(changes.putSources.map((s) => s.id)),
    claims: new Map(changes.putClaims.map((c) => [c.id, c])),
  };
}

const seeded = () =>
  buildLibrary({ seed: 4, sources: 10, claims: 120, sourceChars: 1_500, tags: 4 }) as Library;

describe('the search worker’s reads of the library', () => {
  it('index everything at first, then read and report only what each write changed', async () => {
    const library = seeded();
    const { store, reads, entry } = countingStore();
    await putLibrary(store, library);
    const { indexed, next } = watchIndex(entry);
    const first = await next();
    const liveSources = library.sources.filter((s) => !s.deleted).map((s) => s.id);
    expect(first.putSources.map((s) => s.id).sort()).toEqual([...liveSources].sort());
    const searchable = library.claims.filter((c) => isSearchableClaim(c));
    expect(first.putClaims.map((c) => c.id).sort()).toEqual(searchable.map((c) => c.id).sort());
    expect(reads.get('claims')).toBe(library.claims.length);

    reads.clear();
    const edited = searchable[0]!;
    const edit = next();
    await store.db.claims.put({ ...edited, note: 'checked', updatedAt: '2030-01-01T00:00:00.000Z' });
    expect(await edit).toMatchObject({ putSources: [], dropSources: [], dropClaims: [] });
    expect(indexed.claims.get(edited.id)).toMatchObject({ note: 'checked' });
    expect(Object.fromEntries(reads)).toEqual({ claims: 1 });

    reads.clear();
    const gone = liveSources[0]!;
    const removal = next();
    // put, not update: update reads the record itself, and only the watcher's reads are counted here
    const { entry: goneEntry } = splitSource(library.sources.find((s) => s.id === gone)!);
    await store.db.sources.put({ ...goneEntry, deleted: true });
    expect(await removal).toEqual({ putSources: [], dropSources: [gone], putClaims: [], dropClaims: [] });
    // a changed source is read whole: its entry and its text
    expect(Object.fromEntries(reads)).toEqual({ sources: 1, sourceTexts: 1 });
  });

  it('re-reads a renamed tag’s claims through the tag index, and only those', async () => {
    const library = seeded();
    const { store, reads, entry } = countingStore();
    await putLibrary(store, library);
    const { indexed, next } = watchIndex(entry);
    await next();
    const tag = library.tags.find((t) => !t.deleted)!;
    const tagged = library.claims.filter((c) => c.tagIds.includes(tag.id));
    expect(tagged.length).toBeGreaterThan(0);
    reads.clear();
    const rename = next();
    await store.db.tags.put({ ...tag, name: 'Renamed', updatedAt: '2030-01-01T00:00:00.000Z' } as Tag);
    const changes = await rename;
    const searchableTagged = tagged.filter((c) => isSearchableClaim(c)).map((c) => c.id);
    expect(changes.putClaims.map((c) => c.id).sort()).toEqual([...searchableTagged].sort());
    expect(Object.fromEntries(reads)).toEqual({ tags: 1, claims: tagged.length });
    expect(indexed.claims.get(searchableTagged[0]!)).toMatchObject({
      tagNames: expect.arrayContaining(['Renamed']),
    });
  });

  it('adds up to what a full read indexes, after small and bulk writes of every kind', async () => {
    const library = seeded();
    const { store, entry } = countingStore();
    await putLibrary(store, library);
    const { indexed, next } = watchIndex(entry);
    await next();
    const { db } = store;
    const claims = library.claims as Claim[];
    const later = (i: number) => `2030-01-01T00:00:${String(i).padStart(2, '0')}.000Z`;
    const writes: (() => Promise<unknown>)[] = [
      () => db.claims.put({ ...claims[1]!, status: 'rejected', updatedAt: later(1) }),
      () => db.claims.delete(claims[2]!.id),
      () => db.sources.put({ ...library.sources[1]!, title: 'A new title', updatedAt: later(2) }),
      () => db.tags.update(library.tags[1]!.id, { deleted: true }),
      () =>
        db.claims.bulkPut(
          claims.slice(10, 80).map((c, i) => ({ ...c, note: `bulk ${i}`, updatedAt: later(3) })),
        ),
      () => db.claims.put({ ...claims[90]!, id: 'claim-new', updatedAt: later(4) }),
      () => db.sources.delete(library.sources[2]!.id),
    ];
    for (const write of writes) {
      const reported = next();
      await write();
      await reported;
    }
    const full = await indexedByFullRead(store);
    expect(indexed.sources).toEqual(full.sources);
    expect(indexed.claims).toEqual(full.claims);
  });
});
