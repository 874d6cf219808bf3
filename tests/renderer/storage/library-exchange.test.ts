// Exporting and importing the database: a bundle from one library merges into another (all tables, counts
// reported); a malformed bundle changes nothing; and the write is one transaction, so a failure part-way
// through leaves the library exactly as it was.
import { describe, expect, it } from 'vitest';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { sha256Hex } from '../../../src/core/text/hash';
import type { Store } from '../../../src/renderer/storage/database';
import { importDatabase, readLibrary } from '../../../src/renderer/storage/library-exchange';
import { freshStore, importWithQuote } from './storage-kit';

async function libraryWithClaim(file: (name: string) => boolean): Promise<Store> {
  const { store } = freshStore();
  await importWithQuote(store, { file, note: 'from the first library', tagNames: ['evidence'] });
  return store;
}

const bundleOf = async (store: Store) =>
  serialiseBundle(createBundle(await readLibrary(store), new Date().toISOString()));

describe('import database', () => {
  it('merges every table of another library and reports what was added', async () => {
    const mine = await libraryWithClaim((n) => n.startsWith('000_'));
    const theirs = await libraryWithClaim((n) => n.startsWith('002_'));
    const result = await importDatabase(mine, await bundleOf(theirs));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summary.sources.added).toBe(1);
    expect(result.summary.claims.added).toBe(1);
    expect(result.summary.researchers.added).toBe(1);
    const merged = await readLibrary(mine);
    const theirLibrary = await readLibrary(theirs);
    for (const table of ['researchers', 'tags', 'sources', 'claims'] as const) {
      const ids = new Set(merged[table].map((r) => r.id));
      for (const record of theirLibrary[table]) expect(ids.has(record.id)).toBe(true);
    }
    expect(merged.sources).toHaveLength(2);

    // Importing the same file again changes nothing.
    const again = await importDatabase(mine, await bundleOf(theirs));
    expect(again.ok && again.summary.claims).toEqual({ added: 0, updated: 0 });
    expect(await readLibrary(mine)).toEqual(merged);
  });

  it('rejects a malformed bundle with a message and changes nothing', async () => {
    const mine = await libraryWithClaim((n) => n.startsWith('000_'));
    const before = await readLibrary(mine);
    const theirs = JSON.parse(await bundleOf(await libraryWithClaim((n) => n.startsWith('002_'))));
    theirs.library.claims[0].kind = 'rumour';
    for (const text of ['not json {', '{"hello": 1}', JSON.stringify(theirs)]) {
      const result = await importDatabase(mine, text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
    }
    expect(await readLibrary(mine)).toEqual(before);
    expect(await mine.db.conflicts.count()).toBe(0);
  });

  it('still checks the library’s own records: one damaged in the database stops the import', async () => {
    const mine = await libraryWithClaim((n) => n.startsWith('000_'));
    const [claim] = await mine.db.claims.toArray();
    // A stored claim no bundle could hold (written past the app's own checks).
    await mine.db.claims.put({ ...claim!, status: 'maybe' as never });
    const before = await readLibrary(mine);
    const result = await importDatabase(
      mine,
      await bundleOf(await libraryWithClaim((n) => n.startsWith('002_'))),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/could not be exported and imported again.*status/);
    expect(await readLibrary(mine)).toEqual(before);
  });

  it('writes all tables in one transaction: a failure while writing claims leaves no new source', async () => {
    const mine = await libraryWithClaim((n) => n.startsWith('000_'));
    const before = await readLibrary(mine);
    const bundle = await bundleOf(await libraryWithClaim((n) => n.startsWith('002_')));
    // Sources are written before claims; make the claim write fail.
    mine.db.claims.hook('creating', () => {
      throw new Error('disk full');
    });
    const result = await importDatabase(mine, bundle);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('nothing was changed');
    expect(await readLibrary(mine)).toEqual(before);
  });
});

describe('import database keeps the library exportable', () => {
  it('takes a colleague’s newer text of a source, moving my claim to where its quote is now', async () => {
    const mine = await libraryWithClaim((n) => n.startsWith('000_'));
    const before = await readLibrary(mine);
    const source = before.sources[0]!;
    // A colleague's valid bundle with another, newer version of the same source's text and no claims:
    // merged, the newer text would win under my claim, whose quote is no longer at its position.
    const text = `Revised. ${source.text}`;
    const edited = {
      ...source,
      text,
      textHash: await sha256Hex(text),
      updatedAt: new Date(Date.parse(source.updatedAt) + 60_000).toISOString(),
      updatedBy: 'colleague',
    };
    const theirs = {
      researchers: [
        {
          id: 'colleague',
          displayName: 'A colleague',
          updatedAt: edited.updatedAt,
          updatedBy: 'colleague',
          deleted: false,
        },
      ],
      tags: [],
      sources: [edited],
      claims: [],
      briefings: [],
    };
    const bundle = serialiseBundle(createBundle(theirs, new Date().toISOString()));
    const result = await importDatabase(mine, bundle);
    expect(result).toMatchObject({ ok: true, summary: { movedClaims: 1, orphanedClaims: 0, conflicts: 1 } });
    const after = await readLibrary(mine);
    expect(after.sources[0]!.text).toBe(text);
    const claim = after.claims[0]!;
    const [quote, position] = claim.target.selector;
    expect(quote.exact).toBe(before.claims[0]!.target.selector[0].exact);
    expect(text.slice(position.start, position.end)).toBe(quote.exact);
    expect(position.start).toBe(before.claims[0]!.target.selector[1].start + 'Revised. '.length);
    // And the library still exports to a bundle that imports.
    const again = await importDatabase(
      await libraryWithClaim((n) => n.startsWith('002_')),
      await bundleOf(mine),
    );
    expect(again.ok).toBe(true);
  });
});

describe('import database: text hashes', () => {
  it("refuses a bundle whose source textHash is not its text's SHA-256, changing nothing", async () => {
    const mine = await libraryWithClaim((n) => n.startsWith('000_'));
    const theirs = await libraryWithClaim((n) => n.startsWith('002_'));
    const before = await readLibrary(mine);
    const library = await readLibrary(theirs);
    const [source] = library.sources;
    const tampered = { ...library, sources: [{ ...source!, textHash: 'f'.repeat(64) }] };
    const result = await importDatabase(
      mine,
      serialiseBundle(createBundle(tampered, new Date().toISOString())),
    );
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining(
        `("${source!.title}", ${source!.id}): textHash is not the SHA-256`,
      ) as string,
    });
    expect(await readLibrary(mine)).toEqual(before);
  });
});
