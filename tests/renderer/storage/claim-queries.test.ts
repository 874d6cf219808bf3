// Schema version 5 adds the filters' indexes. A database kept by version 4 opens in it with every record
// as it was, and its claims are then counted and paged through the new indexes: by status, kind, tag and
// source, deleted claims left out, newest change first.
import { PreviousDatabase } from './previous-database';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/model/records';
import {
  countClaims,
  listClaimsChangedAfter,
  pageClaimsByStatus,
} from '../../../src/renderer/storage/claim-queries';
import { closeStore, openStore } from '../../../src/renderer/storage/database';
import { readLibrary } from '../../../src/renderer/storage/library-exchange';
import { createId } from '../../../src/core/ids';
import {
  FIRST_DOC,
  makeClaim,
  makeCorpusSource,
  makeResearcher,
  makeTag,
} from '../../core/exchange/library-builders';

const source = makeCorpusSource(FIRST_DOC);
const tagA = makeTag({ id: 'tag-a', name: 'A' });
const tagB = makeTag({ id: 'tag-b', name: 'B' });
const at = (minute: number) => `2026-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`;
const claims: Claim[] = Array.from({ length: 40 }, (_, i) =>
  makeClaim(source, '£11.22m', {
    id: `claim-${String(i).padStart(2, '0')}`,
    statement: 'A figure.',
    status: i % 4 === 0 ? 'suggested' : 'accepted',
    kind: i % 2 === 0 ? 'figure' : 'quote',
    tagIds: i % 5 === 0 ? [tagA.id, tagB.id] : [tagB.id],
    updatedAt: at(i),
    // Three tombstones among the accepted: counted by the index, never by these queries.
    deleted: i === 1 || i === 2 || i === 3,
  }),
);

async function writeVersion4(name: string): Promise<void> {
  const db = new PreviousDatabase(name, 4);
  await db.open();
  await db.table('researchers').bulkAdd([makeResearcher()]);
  await db.table('tags').bulkAdd([tagA, tagB]);
  await db.table('sources').bulkAdd([source]);
  await db.table('claims').bulkAdd(claims);
  db.close();
}

describe('schema version 5: the filters as indexes', () => {
  it('opens a version 4 database with every record unchanged', async () => {
    const name = `v4-${createId()}`;
    await writeVersion4(name);
    const store = openStore(name);
    await store.db.open();
    expect(store.db.verno).toBeGreaterThanOrEqual(5);
    const library = await readLibrary(store);
    expect(library.claims.sort((a, b) => a.id.localeCompare(b.id))).toEqual(claims);
    expect(library.sources).toEqual([source]);
    expect(library.tags.map((t) => t.id).sort()).toEqual([tagA.id, tagB.id]);
    closeStore(store);
  });

  it('counts live claims by status, kind, tag and source from the indexes', async () => {
    const name = `v4-${createId()}`;
    await writeVersion4(name);
    const store = openStore(name);
    const live = claims.filter((c) => !c.deleted);
    const expected = (test: (c: Claim) => boolean) => live.filter(test).length;
    expect(await countClaims(store, { by: 'status', status: 'accepted' })).toBe(
      expected((c) => c.status === 'accepted'),
    );
    expect(await countClaims(store, { by: 'kind', kind: 'quote' })).toBe(expected((c) => c.kind === 'quote'));
    expect(await countClaims(store, { by: 'tag', tagId: tagA.id })).toBe(
      expected((c) => c.tagIds.includes(tagA.id)),
    );
    expect(await countClaims(store, { by: 'source', sourceId: source.id, status: 'suggested' })).toBe(
      expected((c) => c.status === 'suggested'),
    );
    expect(await countClaims(store, { by: 'source', sourceId: 'no-such-source' })).toBe(0);
    closeStore(store);
  });

  it('pages the claims of a status newest first, and lists what changed after a time', async () => {
    const name = `v4-${createId()}`;
    await writeVersion4(name);
    const store = openStore(name);
    const accepted = claims
      .filter((c) => !c.deleted && c.status === 'accepted')
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    const first = await pageClaimsByStatus(store, 'accepted', { offset: 0, limit: 10 });
    const second = await pageClaimsByStatus(store, 'accepted', { offset: 10, limit: 10 });
    expect(first.map((c) => c.id)).toEqual(accepted.slice(0, 10).map((c) => c.id));
    expect(second.map((c) => c.id)).toEqual(accepted.slice(10, 20).map((c) => c.id));
    expect((await listClaimsChangedAfter(store, at(36))).map((c) => c.id)).toEqual([
      'claim-37',
      'claim-38',
      'claim-39',
    ]);
    closeStore(store);
  });
});
