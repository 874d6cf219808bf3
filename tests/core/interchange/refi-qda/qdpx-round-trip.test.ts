// Ours → .qdpx → ours loses nothing the format carries: into an empty library (another laptop, another
// tool's user) every researcher, live tag, source text and claim comes back with the same ids, places,
// tags, notes and statements; back into the library it came from it changes nothing; and work done in the
// other tool (a new coding, a recoloured code, a new passage) comes back as newer versions that keep what
// the format cannot carry (a figure's value and unit, status).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mergeLibraries } from '../../../../src/core/exchange/merge-libraries';
import { createBundle, serialiseBundle } from '../../../../src/core/exchange/create-bundle';
import { parseBundle } from '../../../../src/core/exchange/parse-bundle';
import { validateLibrary } from '../../../../src/core/exchange/validate-library';
import { verifyTextHashes } from '../../../../src/core/exchange/verify-text-hashes';
import { qdcFormat } from '../../../../src/core/interchange/refi-qda/qdc-format';
import { qdpxFormat } from '../../../../src/core/interchange/refi-qda/qdpx-format';
import type { Claim, Library } from '../../../../src/core/model/records';
import { BOB, CONTEXT, EMPTY_LIBRARY, makeQdaLibrary, readContext, TAG_IDS } from './qda-library';
import { makeWideLibrary } from '../interchange-builders';

/** What REFI-QDA carries of a library, with sources named by their text (their ids are of other bytes). */
function carried(library: Library) {
  const textOf = new Map(library.sources.map((s) => [s.id, s.textHash]));
  return {
    researchers: library.researchers
      .filter((r) => !r.deleted)
      .map((r) => ({ id: r.id, displayName: r.displayName }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    tags: library.tags
      .filter((t) => !t.deleted)
      .map(({ id, name, parentId, colour, description }) => ({ id, name, parentId, colour, description }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    sources: library.sources
      .filter((s) => !s.deleted)
      .map((s) => ({ textHash: s.textHash, text: s.text, title: s.title }))
      .sort((a, b) => a.textHash.localeCompare(b.textHash)),
    claims: library.claims
      .filter((c) => !c.deleted)
      .map((c: Claim) => ({
        id: c.id,
        source: textOf.get(c.sourceId),
        selector: c.target.selector,
        tagIds: [...c.tagIds].sort(),
        note: c.note,
        statement: c.statement,
        createdAt: c.createdAt,
        createdBy: c.createdBy,
        updatedAt: c.updatedAt,
        updatedBy: c.updatedBy,
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

async function expectImportable(library: Library): Promise<void> {
  expect(validateLibrary(library)).toEqual({ ok: true });
  expect(await verifyTextHashes(library.sources)).toBeUndefined();
  // As a bundle would arrive at the import: the schema, the cross-record rules and no stamps from the future.
  const now = '2024-06-02T08:00:00.000Z';
  expect(parseBundle(serialiseBundle(createBundle(library, now)), { now })).toMatchObject({ ok: true });
}

function editProject(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files['project.qde'] = strToU8(edit(strFromU8(files['project.qde']!)));
  return zipSync(files);
}

describe('ours → REFI-QDA project → ours', () => {
  it('into an empty library, everything the format carries comes back', async () => {
    const original = makeQdaLibrary();
    const bytes = qdpxFormat.write!(original, CONTEXT);
    expect(qdpxFormat.detect(bytes)).toBe(true);
    const { library, skipped } = await qdpxFormat.read!(bytes, readContext(EMPTY_LIBRARY));
    expect(skipped).toEqual([]);
    await expectImportable(library);
    expect(carried(library)).toEqual(carried(original));
  });

  it('the same library always writes the same project: GUIDs are stable per record', () => {
    const project = () => strFromU8(unzipSync(qdpxFormat.write!(makeQdaLibrary(), CONTEXT))['project.qde']!);
    expect(project()).toBe(project());
  });

  it('positions are written in characters, so an emoji or CJK character before a quote counts once', () => {
    const xml = strFromU8(unzipSync(qdpxFormat.write!(makeQdaLibrary(), CONTEXT))['project.qde']!);
    const text = makeQdaLibrary().sources[1]!.text;
    const quote = 'spending rose by £3m';
    const characters = Array.from(text.slice(0, text.indexOf(quote))).length;
    expect(characters).toBeLessThan(text.indexOf(quote));
    expect(xml).toContain(`startPosition="${characters}" endPosition="${characters + quote.length}"`);
  });

  it('back into the library it came from, nothing changes', async () => {
    const original = makeQdaLibrary();
    const { library } = await qdpxFormat.read!(qdpxFormat.write!(original, CONTEXT), readContext(original));
    await expectImportable(library);
    const merged = mergeLibraries(original, library);
    for (const table of ['researchers', 'tags', 'sources', 'claims'] as const) {
      expect(merged.stats[table]).toMatchObject({ added: 0, updated: 0 });
    }
    expect(merged.library).toEqual(original);
  });

  it('work done in another tool comes back as newer versions, keeping what the format cannot carry', async () => {
    const original = makeQdaLibrary();
    const figure = original.claims[0]!;
    figure.kind = 'figure';
    figure.fields = { value: 11_220_000, unit: 'GBP' };
    const exported = qdpxFormat.write!(original, CONTEXT);
    const edited = editProject(exported, (xml) =>
      xml
        // Recolour a code, and code the figure's passage with People too.
        .replace(/(name="People &amp; places" isCodable="true" color=")#CC79A7/, '$1#123456')
        .replace(
          /(<PlainTextSelection guid="66666666-6666-4666-8666-666666666601"[^>]*>\n)/,
          `$1        <Coding guid="77777777-7777-4777-8777-777777777777"><CodeRef targetGUID="${TAG_IDS.people}"/></Coding>\n`,
        ),
    );
    const { library } = await qdpxFormat.read!(edited, readContext(original, BOB));
    await expectImportable(library);
    const merged = mergeLibraries(original, library).library;
    const claim = merged.claims.find((c) => c.id === figure.id)!;
    expect([...claim.tagIds].sort()).toEqual([TAG_IDS.capital, TAG_IDS.money, TAG_IDS.people].sort());
    expect(claim).toMatchObject({
      kind: 'figure',
      fields: { value: 11_220_000, unit: 'GBP' },
      status: 'accepted',
    });
    expect(claim.updatedAt > figure.updatedAt).toBe(true);
    expect(merged.tags.find((t) => t.id === TAG_IDS.people)!.colour).toBe('#123456');
    // What the format cannot carry stays as it was: the deleted claim and tag are still deleted.
    expect(merged.claims.find((c) => c.id.endsWith('605'))!.deleted).toBe(true);
    expect(merged.tags.find((t) => t.id === TAG_IDS.gone)!.deleted).toBe(true);
  });
});

describe('ours → REFI-QDA codebook → ours', () => {
  it('the tag tree, colours and descriptions come back', async () => {
    const original = makeQdaLibrary();
    const bytes = qdcFormat.write!(original, CONTEXT);
    expect(qdcFormat.detect(bytes)).toBe(true);
    expect(qdpxFormat.detect(bytes)).toBe(false);
    const { library, skipped } = await qdcFormat.read!(bytes, readContext(EMPTY_LIBRARY));
    expect(skipped).toEqual([]);
    expect(library.claims).toEqual([]);
    expect(carried(library).tags).toEqual(carried(original).tags);
  });

  it('a library without tags has no codebook to export, and says so', () => {
    expect(() => qdcFormat.write!(EMPTY_LIBRARY, CONTEXT)).toThrow(/no tags/);
  });
});

describe('ids that are not GUIDs', () => {
  it('come back as the records they were written from, so a round trip into the same library adds nothing', async () => {
    // Claims, tags and researchers from other formats (W3C, Hypothesis, hand-made bundles) have ids such
    // as "claim-figure" or "r-alice": REFI-QDA gets GUIDs derived from them, which must lead back.
    const library = makeWideLibrary();
    const bytes = qdpxFormat.write!(library, CONTEXT);
    const back = await qdpxFormat.read!(bytes, {
      existing: library,
      now: CONTEXT.now,
      researcherId: 'r-alice',
    });
    const live = <T extends { id: string; deleted?: boolean }>(list: T[]) =>
      list
        .filter((r) => !r.deleted)
        .map((r) => r.id)
        .sort();
    expect(live(back.library.claims)).toEqual(live(library.claims));
    expect(live(back.library.tags)).toEqual(live(library.tags));
    expect(live(back.library.researchers)).toEqual(expect.arrayContaining(live(library.researchers)));
    const merged = mergeLibraries(library, back.library);
    expect(merged.library.claims.length).toBe(library.claims.length);
    expect(merged.library.tags.length).toBe(library.tags.length);
  });
});
