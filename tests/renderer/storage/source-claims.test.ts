// The reader's query for the open source's claims: only that source's claims are read, tombstones are
// left out, suggestions and rejected claims are kept (the reader draws suggestions and lists orphans), and
// they come newest first, the order the library's full list uses.
import { afterEach, describe, expect, it } from 'vitest';
import { closeStore, type Store } from '../../../src/renderer/storage/database';
import { listSourceClaims } from '../../../src/renderer/storage/source-claims';
import { FIRST_DOC, makeClaim, makeCorpusSource } from '../../core/exchange/library-builders';
import { freshStore } from './storage-kit';

let opened: Store | undefined;
afterEach(() => {
  if (opened) closeStore(opened);
  opened = undefined;
});

describe('listSourceClaims', () => {
  it("reads one source's live claims, newest first", async () => {
    const { store } = freshStore();
    opened = store;
    const source = makeCorpusSource(FIRST_DOC);
    const other = { ...makeCorpusSource('001_1e5035609ec9f0e3.txt'), id: 'other-source' };
    const at = (minute: number) => `2026-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`;
    const mine = [
      makeClaim(source, '£11.22m', { id: 'old', createdAt: at(1), status: 'accepted' }),
      makeClaim(source, '£11.22m', { id: 'new', createdAt: at(3), status: 'suggested' }),
      makeClaim(source, '£11.22m', { id: 'rejected', createdAt: at(2), status: 'rejected' }),
      makeClaim(source, '£11.22m', { id: 'gone', createdAt: at(4), deleted: true }),
    ];
    const theirs = makeClaim(other, '£11.22m', { id: 'theirs', createdAt: at(5), sourceId: other.id });
    await store.db.sources.bulkAdd([source, other]);
    await store.db.claims.bulkAdd([...mine, theirs]);

    const read = await listSourceClaims(store, source.id);
    expect(read.map((c) => c.id)).toEqual(['new', 'rejected', 'old']);
    expect(read[0]).toEqual(mine[1]);
    expect(await listSourceClaims(store, 'no-such-source')).toEqual([]);
  });
});
