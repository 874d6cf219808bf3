// A merge closed over validity: when a newer text of a source wins, claims made on the older text move to
// where their quote is now, or become orphans that keep their quote; the library stays valid either way,
// and every replica computes the same moved claim.
import { describe, expect, it } from 'vitest';
import { mergeLibraries } from '../../../src/core/exchange/merge-libraries';
import { reconcileClaims } from '../../../src/core/exchange/reconcile-claims';
import { validateLibrary } from '../../../src/core/exchange/validate-library';
import { sha256Hex } from '../../../src/core/text/hash';
import type { Library, Source } from '../../../src/core/model/records';
import { makeLibrary, makeResearcher } from './library-builders';

async function withNewerText(library: Library, edit: (text: string) => string): Promise<Library> {
  const source = library.sources[0]!;
  const text = edit(source.text);
  const newer: Source = {
    ...source,
    text,
    textHash: await sha256Hex(text),
    updatedAt: '2024-06-01T09:00:00.000Z',
    updatedBy: 'r-bob',
  };
  return {
    researchers: [makeResearcher('r-bob', 'Bob')],
    tags: [],
    sources: [newer],
    claims: [],
    briefings: [],
  };
}

describe('reconcileClaims after a merge', () => {
  it('moves a claim to where its quote is in the newer text, as a new version by the text’s author', async () => {
    const mine = makeLibrary();
    const theirs = await withNewerText(mine, (t) => `Revised introduction.\n\n${t}`);
    const merged = mergeLibraries(mine, theirs);
    expect(validateLibrary(merged.library).ok).toBe(false);
    const { library, moved, orphaned } = reconcileClaims(merged.library);
    expect(validateLibrary(library)).toEqual({ ok: true });
    expect(moved).toEqual([mine.claims[0]!.id]);
    expect(orphaned).toEqual([]);
    const claim = library.claims[0]!;
    const [quote, position] = claim.target.selector;
    expect(library.sources[0]!.text.slice(position.start, position.end)).toBe(quote.exact);
    expect(quote.exact).toBe('£11.22m');
    expect(claim.updatedBy).toBe('r-bob');
    expect(claim.updatedAt > mine.claims[0]!.updatedAt).toBe(true);
  });

  it('orphans a claim whose passage is gone, keeping its quote, and the library stays valid', async () => {
    const mine = makeLibrary();
    const theirs = await withNewerText(mine, (t) => t.replace(/£11\.22m/g, 'the total'));
    const { library, orphaned } = reconcileClaims(mergeLibraries(mine, theirs).library);
    expect(orphaned).toEqual([mine.claims[0]!.id]);
    expect(library.claims[0]!.target).toMatchObject({ orphaned: true });
    expect(library.claims[0]!.target.selector[0].exact).toBe('£11.22m');
    expect(validateLibrary(library)).toEqual({ ok: true });
  });

  it('gives every replica the same result, whichever side merges which', async () => {
    const mine = makeLibrary();
    const theirs = await withNewerText(mine, (t) => `New first line.\n${t}`);
    const a = reconcileClaims(mergeLibraries(mine, theirs).library).library;
    const b = reconcileClaims(mergeLibraries(theirs, mine).library).library;
    expect(a).toEqual(b);
    // and reconciling again changes nothing
    expect(reconcileClaims(a).library).toEqual(a);
  });
});
