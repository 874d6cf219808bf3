// What a researcher sees when merging a colleague's bundle: newer edits win, deletes and undeletes travel,
// concurrent edits by someone else come back as conflicts to review, and look-alike tags are offered.
import { describe, expect, it } from 'vitest';
import { mergeLibraries } from '../../../src/core/exchange/merge-libraries';
import type { Library } from '../../../src/core/model/records';
import {
  makeBriefing,
  makeClaim,
  makeCorpusSource,
  makeLibrary,
  makeResearcher,
  makeTag,
  FIRST_DOC,
} from './library-builders';

const LATER = '2024-05-02T09:00:00.000Z';
const LATEST = '2024-05-03T09:00:00.000Z';

function withClaim(library: Library, changes: Partial<Library['claims'][number]>): Library {
  const [claim] = library.claims;
  return { ...library, claims: [{ ...claim!, ...changes }] };
}

describe('mergeLibraries', () => {
  it('keeps the newer edit and counts it as updated', () => {
    const mine = makeLibrary();
    const theirs = withClaim(makeLibrary(), { note: 'checked', updatedAt: LATER, updatedBy: 'r-bob' });
    const { library, stats, conflicts } = mergeLibraries(mine, theirs);
    expect(library.claims[0]?.note).toBe('checked');
    expect(stats.claims).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(stats.sources).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      table: 'claims',
      id: 'claim-1',
      kept: { note: 'checked' },
      lost: { note: '' },
    });
  });

  it('merges briefings like every record: the newer edit wins, a concurrent one is kept for review', () => {
    const mine = { ...makeLibrary(), briefings: [makeBriefing()] };
    const theirs = {
      ...makeLibrary(),
      briefings: [
        makeBriefing({ title: 'NAAS money', style: 'apa', updatedAt: LATER, updatedBy: 'r-bob' }),
        makeBriefing({ id: 'briefing-2', title: 'Trusts', updatedBy: 'r-bob' }),
      ],
    };
    const { library, stats, conflicts } = mergeLibraries(mine, theirs);
    expect(library.briefings.map((b) => [b.id, b.title, b.style])).toEqual([
      ['briefing-1', 'NAAS money', 'apa'],
      ['briefing-2', 'Trusts', 'harvard'],
    ]);
    expect(stats.briefings).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect(conflicts).toMatchObject([
      { table: 'briefings', id: 'briefing-1', lost: { title: 'NAAS funding' } },
    ]);
    const deleted = makeBriefing({ deleted: true, updatedAt: LATEST });
    expect(mergeLibraries(library, { ...mine, briefings: [deleted] }).library.briefings[0]).toEqual(deleted);
  });

  it('takes a claim’s statement and the figures it totals with the rest of the newer version', () => {
    const mine = makeLibrary();
    const source = mine.sources[0]!;
    const parts = [
      makeClaim(source, '£8.52 million', { id: 'claim-2', fields: { value: 8_520_000, unit: 'GBP' } }),
      makeClaim(source, '£2.7 million', { id: 'claim-3', fields: { value: 2_700_000, unit: 'GBP' } }),
    ];
    const total = {
      statement:
        'This total is split £2.7 million for local authorities and £8.52 million for private companies',
      fields: { value: 11_220_000, unit: 'GBP' as const, totalOf: ['claim-2', 'claim-3'] },
      updatedAt: LATER,
    };
    const theirs = withClaim({ ...makeLibrary(), claims: [...mine.claims, ...parts] }, total);
    theirs.claims.push(...parts);
    const { library } = mergeLibraries({ ...mine, claims: [...mine.claims, ...parts] }, theirs);
    expect(library.claims.find((c) => c.id === 'claim-1')).toMatchObject(total);
  });

  it('does not report an older version by the same researcher as a conflict', () => {
    const old = makeLibrary();
    const edited = withClaim(makeLibrary(), { note: 'second thoughts', updatedAt: LATER });
    const result = mergeLibraries(edited, old);
    expect(result.library.claims[0]?.note).toBe('second thoughts');
    expect(result.conflicts).toEqual([]);
    expect(result.stats.claims).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });

  it('breaks a tie in time by researcher id, the same way on both laptops', () => {
    const alice = withClaim(makeLibrary(), { note: 'alice', updatedAt: LATER, updatedBy: 'r-alice' });
    const bob = withClaim(makeLibrary(), {
      note: 'bob',
      updatedAt: '2024-05-02T09:00:00Z',
      updatedBy: 'r-bob',
    });
    expect(mergeLibraries(alice, bob).library.claims[0]?.note).toBe('bob');
    expect(mergeLibraries(bob, alice).library.claims[0]?.note).toBe('bob');
  });

  it('breaks a full tie the same way whichever side it starts from', () => {
    const one = withClaim(makeLibrary(), { note: 'one', updatedAt: LATER, updatedBy: 'r-bob' });
    const two = withClaim(makeLibrary(), { note: 'two', updatedAt: LATER, updatedBy: 'r-bob' });
    const kept = mergeLibraries(one, two).library.claims[0]?.note;
    expect(mergeLibraries(two, one).library.claims[0]?.note).toBe(kept);
  });

  it('lets a newer delete win over an older edit, and a newer undelete win over the delete', () => {
    const edited = withClaim(makeLibrary(), { note: 'edit', updatedAt: LATER, updatedBy: 'r-bob' });
    const deleted = withClaim(makeLibrary(), { deleted: true, updatedAt: LATEST });
    const afterDelete = mergeLibraries(edited, deleted);
    expect(afterDelete.library.claims[0]?.deleted).toBe(true);
    expect(afterDelete.conflicts.map((c) => c.lost)).toEqual([expect.objectContaining({ note: 'edit' })]);

    const undone = withClaim(makeLibrary(), {
      deleted: false,
      note: 'back',
      updatedAt: '2024-05-04T00:00:00Z',
    });
    expect(mergeLibraries(afterDelete.library, undone).library.claims[0]).toMatchObject({
      deleted: false,
      note: 'back',
    });
  });

  it('adds records only the other side has, and keeps those only this side has', () => {
    const mine = makeLibrary();
    const source = makeCorpusSource('004_095d6f8d55d7aa2e.txt');
    const theirs: Library = {
      researchers: [makeResearcher('r-bob', 'Bob')],
      tags: [],
      sources: [source],
      claims: [makeClaim(source, source.text.slice(0, 20), { id: 'claim-2', updatedBy: 'r-bob' })],
      briefings: [],
    };
    const { library, stats } = mergeLibraries(mine, theirs);
    expect(library.researchers.map((r) => r.id)).toEqual(['r-alice', 'r-bob']);
    expect(library.claims.map((c) => c.id)).toEqual(['claim-1', 'claim-2']);
    expect(library.sources).toHaveLength(2);
    expect(stats.claims).toEqual({ added: 1, updated: 0, unchanged: 1 });
    expect(stats.tags).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });

  it('reports a source whose text differs under the same id, even from the same researcher', () => {
    const mine = makeLibrary();
    const theirs = makeLibrary();
    theirs.sources = [
      { ...theirs.sources[0]!, text: 'Re-extracted text', extractorVersion: 'text-2', updatedAt: LATER },
    ];
    const { library, conflicts } = mergeLibraries(mine, theirs);
    expect(library.sources[0]?.text).toBe('Re-extracted text');
    expect(conflicts).toEqual([
      expect.objectContaining({ table: 'sources', id: mine.sources[0]!.id, lost: mine.sources[0] }),
    ]);
  });

  it('does not report the same file imported by two researchers as a conflict', () => {
    const mine = makeLibrary();
    const theirs = makeLibrary();
    const source = theirs.sources[0]!;
    theirs.sources = [
      {
        ...source,
        updatedBy: 'r-bob',
        updatedAt: LATER,
        importedAt: LATER,
        metadata: { ...source.metadata, accessed: { 'date-parts': [[2024, 5, 2]] } },
      },
    ];
    const { library, conflicts, stats } = mergeLibraries(mine, theirs);
    expect(library.sources[0]?.updatedBy).toBe('r-bob');
    expect(stats.sources).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(conflicts).toEqual([]);
  });

  it('offers tags with the same name under the same parent for merging, without merging them', () => {
    const mine = makeLibrary();
    const theirs: Library = {
      ...makeLibrary(),
      tags: [
        makeTag({ id: 'tag-bob-funding', name: ' funding ', updatedBy: 'r-bob' }),
        makeTag({ id: 'tag-other', name: 'Funding', parentId: 'tag-funding' }),
        makeTag({ id: 'tag-gone', name: 'Funding', deleted: true }),
      ],
    };
    const { library, tagDuplicates } = mergeLibraries(mine, theirs);
    expect(library.tags.map((t) => t.id)).toEqual([
      'tag-bob-funding',
      'tag-funding',
      'tag-gone',
      'tag-other',
    ]);
    expect(tagDuplicates).toEqual([
      { name: ' funding ', parentId: null, tagIds: ['tag-bob-funding', 'tag-funding'] },
    ]);
  });

  it('changes nothing when merging a library with a copy of itself', () => {
    const library = makeLibrary();
    const result = mergeLibraries(library, structuredClone(library));
    expect(result.library).toEqual(library);
    expect(result.conflicts).toEqual([]);
    expect(result.stats.claims).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(makeCorpusSource(FIRST_DOC).id).toBe(library.sources[0]?.id);
  });
});
