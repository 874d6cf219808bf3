// fast-check generators of libraries for the merge properties. Ids, times and authors come from small
// pools so that generated libraries overlap: the same record edited on two laptops, at the same instant,
// by the same or another researcher, deleted on one side, and so on.
import fc from 'fast-check';
import type {
  Briefing,
  Claim,
  Library,
  Researcher,
  Source,
  Tag,
  Versioned,
} from '../../../src/core/model/records';

const times = fc.constantFrom(
  '2024-05-01T09:00:00Z',
  '2024-05-01T09:00:00.000Z', // the same instant spelt differently
  '2024-05-01T09:00:01.000Z',
  '2024-05-02T00:00:00.000Z',
);
const authors = fc.constantFrom('r-alice', 'r-bob', 'r-carol');
const versioned = (ids: fc.Arbitrary<string>): fc.Arbitrary<Versioned> =>
  fc.record({ id: ids, updatedAt: times, updatedBy: authors, deleted: fc.boolean() });

const hexIds = fc.constantFrom(...['a', 'b', 'c', 'd'].map((c) => c.repeat(64)));
const small = fc.constantFrom('', 'alpha', 'beta', 'Beta ');

const researcher: fc.Arbitrary<Researcher> = fc
  .tuple(versioned(fc.constantFrom('r-alice', 'r-bob')), small)
  .map(([v, displayName]) => ({ ...v, displayName }));

const tag: fc.Arbitrary<Tag> = fc
  .tuple(versioned(fc.constantFrom('t1', 't2', 't3')), small, fc.constantFrom(null, 't1'), small)
  .map(([v, name, parentId, description]) => ({ ...v, name, parentId, colour: '#336699', description }));

const source: fc.Arbitrary<Source> = fc
  .tuple(
    versioned(hexIds),
    small,
    fc.constantFrom('one text', 'another text'),
    fc.option(small, { nil: undefined }),
  )
  .map(([v, title, text, publisher]) => ({
    ...v,
    textHash: 'e'.repeat(64),
    title,
    format: 'txt' as const,
    fileName: 'f.txt',
    extractorVersion: 'text-1',
    metadata: publisher === undefined ? { type: 'report' } : { type: 'report', publisher },
    text,
    importedAt: '2024-05-01T09:00:00.000Z',
  }));

const claim: fc.Arbitrary<Claim> = fc
  .tuple(
    versioned(fc.constantFrom('c1', 'c2', 'c3', 'c4')),
    hexIds,
    fc.constantFrom('accepted', 'rejected', 'suggested') as fc.Arbitrary<Claim['status']>,
    small,
    fc.subarray(['t1', 't2', 't3']),
    fc.integer({ min: 0, max: 3 }),
    small,
    fc.subarray(['c1', 'c2', 'c3']),
  )
  .map(([v, sourceId, status, note, tagIds, start, statement, totalOf]) => ({
    ...v,
    sourceId,
    target: {
      source: sourceId,
      selector: [
        { type: 'TextQuoteSelector' as const, exact: 'text', prefix: '', suffix: '' },
        { type: 'TextPositionSelector' as const, start, end: start + 4 },
      ],
    },
    kind: 'figure' as const,
    fields: totalOf.length > 0 ? { value: 1, totalOf } : { value: 1 },
    statement,
    tagIds,
    note,
    status,
    createdAt: '2024-04-01T00:00:00.000Z',
    createdBy: 'r-alice',
  }));

const briefing: fc.Arbitrary<Briefing> = fc
  .tuple(
    versioned(fc.constantFrom('b1', 'b2')),
    small,
    small,
    fc.subarray(['key-figures', 'timeline', 'positions', 'cross-checks', 'quotes', 'references'] as const),
    fc.constantFrom('harvard', 'apa', 'chicago') as fc.Arbitrary<Briefing['style']>,
    fc.option(fc.subarray(['t1', 't2']), { nil: undefined }),
  )
  .map(([v, title, introduction, sections, style, tagIds]) => ({
    ...v,
    title,
    introduction,
    sections,
    claimFilter: tagIds === undefined ? {} : { tagIds },
    style,
  }));

const table = <T extends Versioned>(record: fc.Arbitrary<T>) =>
  fc.uniqueArray(record, { selector: (r) => r.id, maxLength: 4 });

export const libraryArbitrary: fc.Arbitrary<Library> = fc.record({
  researchers: table(researcher),
  tags: table(tag),
  sources: table(source),
  claims: table(claim),
  briefings: table(briefing),
});
