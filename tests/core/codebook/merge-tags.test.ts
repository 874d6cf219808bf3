// Merging a tag into another, in one library and across bundle merges: a colleague's bundle made before
// the merge still names the old tag, and after the bundles merge its claims carry the target tag. The
// property: merging bundles before or after the tag merge ends with the same claims and codebook.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeTag, redirectMergedTags } from '../../../src/core/codebook/merge-tags';
import { mergeLibraries } from '../../../src/core/exchange/merge-libraries';
import { validateLibrary } from '../../../src/core/exchange/validate-library';
import type { Claim, Library, Tag } from '../../../src/core/model/records';
import {
  FIRST_DOC,
  makeClaim,
  makeCorpusSource,
  makeResearcher,
  makeTag,
} from '../exchange/library-builders';

const source = makeCorpusSource(FIRST_DOC);
const alice = { researcherId: 'r-alice', now: '2024-06-01T10:00:00.000Z' };
const X = makeTag({ id: 'tag-x', name: 'Grants', colour: '#0072b2' });
const Y = makeTag({ id: 'tag-y', name: 'Funding', colour: '#e69f00' });
const Z = makeTag({ id: 'tag-z', name: 'Money', colour: '#009e73' });

function library(claims: Claim[], tags: Tag[] = [X, Y, Z]): Library {
  return {
    researchers: [makeResearcher(), makeResearcher('r-bob', 'Bob')],
    tags,
    sources: [source],
    claims,
    briefings: [],
  };
}

const claim = (id: string, tagIds: string[], extra: Partial<Claim> = {}): Claim =>
  makeClaim(source, '£11.22m', { id, tagIds, ...extra });

/** Applies a tag merge's new versions to a library, as the app writes them. */
function applyMerge(lib: Library, fromId: string, intoId: string, actor = alice): Library {
  const change = mergeTag(lib.tags, lib.claims, fromId, intoId, actor);
  const put = <T extends { id: string }>(list: T[], next: T[]) =>
    list.map((r) => next.find((n) => n.id === r.id) ?? r);
  return { ...lib, tags: put(lib.tags, change.tags), claims: put(lib.claims, change.claims) };
}

describe('mergeTag', () => {
  it('tombstones the tag with where it went, retags its claims once each, and moves its children', () => {
    const child = makeTag({ id: 'tag-child', name: 'Research grants', parentId: X.id });
    const lib = library(
      [claim('c1', [X.id, Y.id]), claim('c2', [Z.id, X.id]), claim('c3', [Z.id])],
      [X, Y, Z, child],
    );
    const out = applyMerge(lib, X.id, Y.id);
    const gone = out.tags.find((t) => t.id === X.id);
    expect(gone).toMatchObject({ deleted: true, mergedInto: Y.id, updatedBy: 'r-alice' });
    expect(out.tags.find((t) => t.id === child.id)?.parentId).toBe(Y.id);
    expect(out.claims.map((c) => c.tagIds)).toEqual([[Y.id], [Z.id, Y.id], [Z.id]]);
    expect(out.claims[2]).toBe(lib.claims[2]);
    expect(validateLibrary(out)).toEqual({ ok: true });
  });

  it('refuses to merge a tag into itself or into one of its own tags', () => {
    const child = makeTag({ id: 'tag-child', name: 'Research grants', parentId: X.id });
    const lib = library([], [X, child]);
    expect(() => mergeTag(lib.tags, [], X.id, X.id, alice)).toThrow(/into itself/);
    expect(() => mergeTag(lib.tags, [], X.id, child.id, alice)).toThrow(/its own tags/);
  });
});

describe('a merged tag in a bundle', () => {
  it('round-trips through validation, and is refused when live or pointing nowhere', () => {
    const merged = { ...X, deleted: true, mergedInto: Y.id };
    expect(validateLibrary(library([], [merged, Y]))).toEqual({ ok: true });
    const live = validateLibrary(library([], [{ ...merged, deleted: false }, Y]));
    expect(live).toMatchObject({ ok: false, error: expect.stringMatching(/only for a deleted tag/) });
    const nowhere = validateLibrary(library([], [merged]));
    expect(nowhere).toMatchObject({ ok: false, error: expect.stringMatching(/"tag-y" is not a tag/) });
  });
});

describe('redirectMergedTags', () => {
  it('follows a chain of merges to its live end and stamps the claim after the merges', () => {
    const x = { ...X, deleted: true, mergedInto: Y.id, updatedAt: '2024-06-01T00:00:00.000Z' };
    const y = {
      ...Y,
      deleted: true,
      mergedInto: Z.id,
      updatedAt: '2024-07-01T00:00:00.000Z',
      updatedBy: 'r-bob',
    };
    const { claims, redirected } = redirectMergedTags(
      [x, y, Z],
      [claim('c1', [X.id, Z.id]), claim('c2', [])],
    );
    expect(redirected).toEqual(['c1']);
    expect(claims[0]).toMatchObject({
      tagIds: [Z.id],
      updatedAt: '2024-07-01T00:00:00.001Z',
      updatedBy: 'r-bob',
    });
  });

  it('leaves a claim alone when the merges loop (no live end)', () => {
    const x = { ...X, deleted: true, mergedInto: Y.id };
    const y = { ...Y, deleted: true, mergedInto: X.id };
    const c = claim('c1', [X.id]);
    expect(redirectMergedTags([x, y], [c])).toEqual({ claims: [c], redirected: [] });
  });

  it('a bundle from before the merge lands on the target tag, and the merged bundle stays valid', () => {
    const base = library([claim('c1', [X.id])]);
    const mine = applyMerge(base, X.id, Y.id);
    // Bob, who has not seen the merge, adds a claim with the old tag.
    const theirs = {
      ...base,
      claims: [...base.claims, claim('c2', [X.id], { updatedBy: 'r-bob', createdBy: 'r-bob' })],
    };
    const result = mergeLibraries(mine, theirs);
    expect(result.library.claims.map((c) => [c.id, c.tagIds])).toEqual([
      ['c1', [Y.id]],
      ['c2', [Y.id]],
    ]);
    expect(result.redirectedClaims).toEqual(['c2']);
    expect(result.stats.claims).toEqual({ added: 1, updated: 0, unchanged: 1 });
    // The other way round, Alice's retagged claim is an update to Bob's library, and so is his redirected one.
    const back = mergeLibraries(theirs, mine);
    expect(back.stats.claims).toEqual({ added: 0, updated: 2, unchanged: 0 });
    expect(validateLibrary(result.library)).toEqual({ ok: true });
  });
});

const TAG_IDS = [X.id, Y.id, Z.id];
const tagSet = fc.subarray(TAG_IDS);
const minute = (n: number) => new Date(Date.parse('2024-06-01T10:00:00.000Z') + n * 60_000).toISOString();

/** What a researcher sees of a library: each claim's tags, note and deletion, and the live codebook. */
function contentOf(lib: Library) {
  return {
    claims: lib.claims
      .map((c) => ({ id: c.id, tags: [...c.tagIds].sort(), note: c.note, deleted: c.deleted }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    tags: lib.tags
      .map((t) => ({ id: t.id, parentId: t.parentId, deleted: t.deleted, mergedInto: t.mergedInto }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

describe('a tag merge and a bundle merge, in either order', () => {
  it('ends with the same claims and codebook', () => {
    const scenario = fc.record({
      base: fc.array(tagSet, { maxLength: 6 }),
      // Bob's new claims, made at any time relative to Alice's merge (minutes from it).
      added: fc.array(fc.record({ tags: tagSet, at: fc.integer({ min: -30, max: 30 }) }), { maxLength: 5 }),
      // Bob's edits of existing claims: later than the merge when the claim had the merged tag (else a
      // genuine concurrent edit of the same claim, which last-writer-wins decides), any time otherwise.
      edits: fc.array(fc.record({ index: fc.nat(), tags: tagSet, at: fc.integer({ min: -30, max: 30 }) }), {
        maxLength: 4,
      }),
    });
    fc.assert(
      fc.property(scenario, ({ base, added, edits }) => {
        const start = library(base.map((tags, i) => claim(`c${i}`, tags)));
        const bobClaims = start.claims.map((c) => ({ ...c }));
        for (const edit of edits) {
          if (bobClaims.length === 0) break;
          const i = edit.index % bobClaims.length;
          const before = start.claims[i] as Claim;
          const at = before.tagIds.includes(X.id) ? Math.abs(edit.at) + 1 : edit.at;
          bobClaims[i] = {
            ...before,
            tagIds: edit.tags,
            note: `edited ${at}`,
            updatedAt: minute(at),
            updatedBy: 'r-bob',
          };
        }
        added.forEach((a, i) =>
          bobClaims.push(
            claim(`b${i}`, a.tags, {
              updatedAt: minute(a.at),
              createdAt: minute(a.at),
              updatedBy: 'r-bob',
              createdBy: 'r-bob',
            }),
          ),
        );
        const bob = { ...start, claims: bobClaims };
        const alicesMerge = applyMerge(start, X.id, Y.id);
        const mergeFirst = mergeLibraries(alicesMerge, bob).library;
        const late = { researcherId: 'r-alice', now: minute(120) };
        const mergeAfter = applyMerge(mergeLibraries(start, bob).library, X.id, Y.id, late);
        expect(contentOf(mergeFirst)).toEqual(contentOf(mergeAfter));
        expect(contentOf(mergeLibraries(bob, alicesMerge).library)).toEqual(contentOf(mergeFirst));
        expect(mergeFirst.claims.some((c) => c.tagIds.includes(X.id))).toBe(false);
        // Merging either bundle again changes nothing, stamps included; either way round is the same record.
        expect(mergeLibraries(mergeFirst, bob).library).toEqual(mergeFirst);
        expect(mergeLibraries(mergeFirst, alicesMerge).library).toEqual(mergeFirst);
        expect(mergeLibraries(bob, alicesMerge).library).toEqual(mergeFirst);
        expect(validateLibrary(mergeFirst)).toEqual({ ok: true });
      }),
      { numRuns: 200 },
    );
  });
});
