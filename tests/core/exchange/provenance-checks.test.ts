// Provenance and integrity of a bundle: every change names a researcher the bundle knows, tag trees have no
// loops, sources have titles, a bundle that is not UTF-8 is refused, two different contents under one
// stamp are a conflict (never a silent coin toss), and deletions of records the library never had are
// reported.
import { describe, expect, it } from 'vitest';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { decodeBundleBytes } from '../../../src/core/exchange/decode-bundle-bytes';
import { mergeLibraries } from '../../../src/core/exchange/merge-libraries';
import { parseBundle } from '../../../src/core/exchange/parse-bundle';
import { validateLibrary } from '../../../src/core/exchange/validate-library';
import type { Library } from '../../../src/core/model/records';
import { makeLibrary, makeTag } from './library-builders';

const errorOf = (library: Library) => {
  const result = validateLibrary(library);
  return result.ok ? '' : result.error;
};

describe('bundle provenance', () => {
  it('accepts the valid library it starts from', () => {
    expect(validateLibrary(makeLibrary())).toEqual({ ok: true });
  });

  it('refuses a change signed by a researcher the bundle does not know', () => {
    const library = makeLibrary();
    library.claims[0] = { ...library.claims[0]!, updatedBy: 'r-nobody' };
    expect(errorOf(library)).toMatch(/updatedBy "r-nobody" is not a researcher in this bundle/);
    const created = makeLibrary();
    created.claims[0] = { ...created.claims[0]!, createdBy: 'r-ghost' };
    expect(errorOf(created)).toMatch(/createdBy "r-ghost" is not a researcher in this bundle/);
  });

  it('refuses a loop in the tag tree, however long', () => {
    const library = makeLibrary();
    library.tags = [
      makeTag({ id: 'a', name: 'A', parentId: 'c' }),
      makeTag({ id: 'b', name: 'B', parentId: 'a' }),
      makeTag({ id: 'c', name: 'C', parentId: 'b' }),
    ];
    library.claims[0] = { ...library.claims[0]!, tagIds: [] };
    expect(errorOf(library)).toMatch(/makes a loop of tags/);
    library.tags[0] = { ...library.tags[0]!, parentId: null };
    expect(validateLibrary(library)).toEqual({ ok: true });
  });

  it('refuses a source with an empty or blank title', () => {
    for (const title of ['', '   ']) {
      const library = makeLibrary();
      library.sources[0] = { ...library.sources[0]!, title };
      expect(errorOf(library)).toMatch(/title/);
    }
  });

  it('refuses a bundle file that is not UTF-8, naming the first bad byte', () => {
    const text = serialiseBundle(createBundle(makeLibrary(), '2024-05-01T09:00:00.000Z'));
    const bytes = new TextEncoder().encode(text);
    const at = text.indexOf('£11.22m');
    const damaged = new Uint8Array(bytes);
    damaged[new TextEncoder().encode(text.slice(0, at)).length] = 0xa3; // a bare Windows-1252 "£"
    const decoded = decodeBundleBytes(damaged);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error).toMatch(/not valid UTF-8 \(byte \d+ of \d+ is not\)/);
    const good = decodeBundleBytes(bytes);
    expect(good.ok && parseBundle(good.text).ok).toBe(true);
  });
});

describe('merge provenance', () => {
  it('keeps a conflict when one stamp carries two different contents, whichever side wins', () => {
    const mine = makeLibrary();
    const theirs = makeLibrary();
    theirs.claims[0] = { ...theirs.claims[0]!, note: 'forged under the same stamp' };
    for (const [a, b] of [
      [mine, theirs],
      [theirs, mine],
    ] as const) {
      const { conflicts } = mergeLibraries(a, b);
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({ table: 'claims', id: mine.claims[0]!.id });
    }
  });

  it('is not a conflict when the same stamp carries the same content', () => {
    expect(mergeLibraries(makeLibrary(), makeLibrary()).conflicts).toEqual([]);
  });
});

describe('stamps from the future', () => {
  const bundleText = (library: Library) => serialiseBundle(createBundle(library, '2024-05-01T09:00:00.000Z'));

  it('refuses at import a record stamped more than a day ahead, naming it', () => {
    const library = makeLibrary();
    library.claims[0] = { ...library.claims[0]!, updatedAt: '9999-12-31T23:59:59.999Z' };
    const parsed = parseBundle(bundleText(library), { now: '2026-11-30T12:00:00.000Z' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error).toMatch(
        /claim .* is stamped 9999-12-31T23:59:59\.999Z \(updatedAt\), more than a day ahead/,
      );
  });

  it('allows a clock up to a day ahead, and does not check without a clock', () => {
    const library = makeLibrary();
    library.claims[0] = { ...library.claims[0]!, updatedAt: '2026-12-01T11:00:00.000Z' };
    expect(parseBundle(bundleText(library), { now: '2026-11-30T12:00:00.000Z' }).ok).toBe(true);
    library.claims[0] = { ...library.claims[0]!, updatedAt: '2026-12-01T12:00:00.001Z' };
    expect(parseBundle(bundleText(library), { now: '2026-11-30T12:00:00.000Z' }).ok).toBe(false);
    expect(parseBundle(bundleText(library)).ok).toBe(true);
  });
});

describe('deletions of unknown records', () => {
  it('reports records the second library deletes that the first never had', () => {
    const mine = makeLibrary();
    const theirs = makeLibrary();
    const stranger = makeTag({ id: 'tag-never-seen', name: 'Never seen', deleted: true });
    theirs.tags.push(stranger);
    const result = mergeLibraries(mine, theirs);
    expect(result.unknownDeletions).toEqual([{ table: 'tags', id: 'tag-never-seen' }]);
    expect(mergeLibraries(theirs, mine).unknownDeletions).toEqual([]);
  });
});
