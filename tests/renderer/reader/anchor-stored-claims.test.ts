// The anchoring worker's task over a real database (fake-indexeddb): it reads the source's text and the
// claims with the asked statuses itself, and answers each claim's place by id, -1 for one that cannot be
// placed, leaving out deleted claims, other statuses and other sources' claims.
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import { anchorStoredClaims } from '../../../src/renderer/features/reader/anchor-stored-claims';
import { closeStore } from '../../../src/renderer/storage/database';
import { FIRST_DOC, makeClaim, makeCorpusSource } from '../../core/exchange/library-builders';
import { freshStore } from '../storage/storage-kit';

const source = makeCorpusSource(FIRST_DOC);
const other = makeCorpusSource('001_1e5035609ec9f0e3.txt');

describe('anchorStoredClaims', () => {
  it('places the stored claims of one source in its stored text, by id', async () => {
    const { store } = freshStore();
    const quote = '£11.22m';
    const start = source.text.indexOf(quote);
    const lost = makeClaim(source, quote, {
      id: 'lost',
      target: { source: source.id, selector: describeRange('A passage this text never had.', 2, 9) },
    });
    await store.db.sources.bulkAdd([source, other]);
    await store.db.claims.bulkAdd([
      makeClaim(source, quote, { id: 'accepted', createdAt: '2026-01-03T00:00:00.000Z' }),
      makeClaim(source, quote, {
        id: 'suggested',
        status: 'suggested',
        createdAt: '2026-01-02T00:00:00.000Z',
      }),
      makeClaim(source, quote, { id: 'rejected', status: 'rejected' }),
      makeClaim(source, quote, { id: 'deleted', deleted: true }),
      makeClaim(other, other.text.slice(0, 12), { id: 'elsewhere' }),
      { ...lost, createdAt: '2026-01-01T00:00:00.000Z' },
    ]);
    const anchors = await anchorStoredClaims(store, source.id, ['accepted', 'verified', 'suggested']);
    expect(anchors?.textHash).toBe(source.textHash);
    const placeOf = (id: string) => {
      const i = anchors?.ids.indexOf(id) ?? -1;
      return i < 0 ? undefined : [anchors?.starts[i], anchors?.ends[i]];
    };
    expect([...(anchors?.ids ?? [])].sort()).toEqual(['accepted', 'lost', 'suggested']);
    expect(placeOf('accepted')).toEqual([start, start + quote.length]);
    expect(placeOf('suggested')).toEqual([start, start + quote.length]);
    expect(placeOf('lost')).toEqual([-1, -1]);
    expect(await anchorStoredClaims(store, 'no-such-source', ['accepted'])).toBeNull();
    closeStore(store);
  });
});
