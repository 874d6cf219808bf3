// The property the team relies on: three researchers edit (new claims and tags, edits, deletes, the same
// record at the same instant) and sync through one server in any order; once everyone has synced, every
// client holds the same library, and it is the library that merging all their bundles gives. In-process,
// PouchDB's memory adapter for the server and the clients.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim, Library, Tag } from '../../../src/core/model/records';
import { nextTimestamp } from '../../../src/core/model/version-stamp';
import { openMemoryPouch } from '../../../src/node-shared/node-pouch';
import {
  FIRST_DOC,
  makeClaim,
  makeCorpusSource,
  makeResearcher,
  makeTag,
} from '../exchange/library-builders';
import { libraryText, makeClient, mergeAll } from './sync-helpers';

const AUTHORS = ['r-alice', 'r-bob', 'r-carol'] as const;
const source = makeCorpusSource(FIRST_DOC);
const QUOTES = ['£11.22m', '£8.52m', '£2.7 m', 'Dec 2017'];
const TIMES = ['2024-06-01T10:00:00.000Z', '2024-06-01T10:00:01.000Z', '2024-06-01T11:00:00.000Z'];

function initialLibrary(): Library {
  return {
    researchers: AUTHORS.map((id) => makeResearcher(id, id.slice(2))),
    tags: [makeTag({ id: 't0', name: 'Zero' })],
    sources: [source],
    claims: [makeClaim(source, QUOTES[0]!, { id: 'c0', tagIds: ['t0'] })],
    briefings: [],
  };
}

type Op =
  | { kind: 'sync'; client: number }
  | { kind: 'claim'; client: number; id: string; quote: number; note: string; del: boolean; time: number }
  | { kind: 'tag'; client: number; id: string; name: string; del: boolean; time: number };

const client = fc.integer({ min: 0, max: 2 });
const time = fc.integer({ min: 0, max: TIMES.length - 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('sync' as const), client }),
  fc.record({
    kind: fc.constant('claim' as const),
    client,
    id: fc.constantFrom('c0', 'c1', 'c2'),
    quote: fc.integer({ min: 0, max: QUOTES.length - 1 }),
    note: fc.constantFrom('', 'checked', 'doubt'),
    del: fc.boolean(),
    time,
  }),
  fc.record({
    kind: fc.constant('tag' as const),
    client,
    id: fc.constantFrom('t0', 't1'),
    name: fc.constantFrom('Money', 'Dates'),
    del: fc.boolean(),
    time,
  }),
);

/** A new version of a record, stamped as the app stamps it: by the client's researcher, after the current one. */
function edited(library: Library, o: Exclude<Op, { kind: 'sync' }>): Partial<Library> {
  const updatedBy = AUTHORS[o.client]!;
  if (o.kind === 'claim') {
    const current = library.claims.find((c) => c.id === o.id);
    const updatedAt = nextTimestamp(TIMES[o.time]!, current?.updatedAt);
    const base: Claim = current ?? makeClaim(source, QUOTES[o.quote]!, { id: o.id, createdBy: updatedBy });
    const moved = makeClaim(source, QUOTES[o.quote]!, { id: o.id });
    return {
      claims: [{ ...base, target: moved.target, note: o.note, deleted: o.del, updatedAt, updatedBy }],
    };
  }
  const current = library.tags.find((t) => t.id === o.id);
  const updatedAt = nextTimestamp(TIMES[o.time]!, current?.updatedAt);
  const base: Tag = current ?? makeTag({ id: o.id });
  return { tags: [{ ...base, name: o.name, deleted: o.del, updatedAt, updatedBy }] };
}

describe('sync in any order (property)', () => {
  it('ends with every client holding what merging all their bundles gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        const remote = openMemoryPouch('server');
        const clients = [0, 1, 2].map(() => makeClient(remote, initialLibrary()));
        const versions: Library[] = [initialLibrary()];
        for (const o of ops) {
          const c = clients[o.client]!;
          if (o.kind === 'sync') {
            expect((await c.session.syncNow()).error).toBeNull();
            continue;
          }
          const change = edited(c.library.snapshot(), o);
          c.library.edit(change);
          versions.push({ ...initialLibrary(), tags: change.tags ?? [], claims: change.claims ?? [] });
        }
        for (let round = 0; round < 2; round += 1) {
          for (const c of clients) expect((await c.session.syncNow()).error).toBeNull();
        }
        const expected = libraryText(mergeAll(versions));
        for (const c of clients) expect(libraryText(c.library.snapshot())).toBe(expected);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
