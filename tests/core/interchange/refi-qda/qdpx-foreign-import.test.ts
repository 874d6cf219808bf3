// Projects and codebooks written by other tools (here by hand, from the standard) come in: nested codes
// with their colours, text sources with their coded passages placed by characters over CRLF text, notes
// and statements, a PDF through its text representation; and what cannot come in (page areas, a PDF
// without its text, a missing or outside text file, pictures, audio, cases, loose notes, whole-source
// codings) is listed with its reason. Every result passes the same checks as a bundle.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createBundle, serialiseBundle } from '../../../../src/core/exchange/create-bundle';
import { parseBundle } from '../../../../src/core/exchange/parse-bundle';
import { validateLibrary } from '../../../../src/core/exchange/validate-library';
import { verifyTextHashes } from '../../../../src/core/exchange/verify-text-hashes';
import { qdcFormat } from '../../../../src/core/interchange/refi-qda/qdc-format';
import { qdpxFormat } from '../../../../src/core/interchange/refi-qda/qdpx-format';
import type { Library } from '../../../../src/core/model/records';
import { EMPTY_LIBRARY } from './qda-library';
import { packFixtureProject, readFixture } from './qda-fixtures';

const IMPORTER = '99999999-9999-4999-8999-999999999999';
const ctx = {
  existing: {
    ...EMPTY_LIBRARY,
    researchers: [
      {
        id: IMPORTER,
        displayName: 'Me',
        updatedAt: '2024-01-01T00:00:00.000Z',
        updatedBy: IMPORTER,
        deleted: false,
      },
    ],
  },
  now: '2024-06-02T08:00:00.000Z',
  researcherId: IMPORTER,
};

async function expectImportable(library: Library): Promise<void> {
  expect(validateLibrary(library)).toEqual({ ok: true });
  expect(await verifyTextHashes(library.sources)).toBeUndefined();
  // As a bundle would arrive at the import: the schema, the cross-record rules and no stamps from the future.
  const now = '2024-06-02T08:00:00.000Z';
  expect(parseBundle(serialiseBundle(createBundle(library, now)), { now })).toMatchObject({ ok: true });
}

const quoteOf = (library: Library, id: string) =>
  library.claims.find((c) => c.id === id)?.target.selector[0].exact;

describe('a .qdpx from another tool', () => {
  it('with "Project.qde", braced GUIDs, a BOM and CRLF text: codes, passages, notes and users come in', async () => {
    const bytes = packFixtureProject('interviews');
    expect(qdpxFormat.detect(bytes)).toBe(true);
    const { library, skipped } = await qdpxFormat.read!(bytes, ctx);
    await expectImportable(library);
    expect(skipped).toEqual([]);

    const tags = new Map(library.tags.map((t) => [t.name, t]));
    expect(tags.get('Education')).toMatchObject({
      id: 'c0000000-0000-4000-8000-000000000001',
      parentId: null,
      colour: '#ff0000',
      description: 'Everything about schools',
    });
    expect(tags.get('Funding')).toMatchObject({ parentId: tags.get('Education')!.id, colour: '#00aa55' });
    expect(tags.get('Cuts')!.parentId).toBe(tags.get('Funding')!.id);
    expect(tags.get('Needs')).toBeDefined();

    const [source] = library.sources;
    expect(source!.title).toBe('Interview 1');
    expect(source!.text).toBe(
      'Interview 1 😀 with the 北京 team.\nWe need more funding for schools.\nThe budget was cut by 10%.\n',
    );
    // Placed by characters, over a text whose line endings were CRLF and which has an emoji before them.
    expect(quoteOf(library, 'd0000000-0000-4000-8000-000000000001')).toBe('more funding for schools');
    expect(quoteOf(library, 'd0000000-0000-4000-8000-000000000002')).toBe('cut by 10%');

    const funding = library.claims.find((c) => c.id === 'd0000000-0000-4000-8000-000000000001')!;
    expect(funding).toMatchObject({
      kind: 'quote',
      tagIds: [tags.get('Funding')!.id, tags.get('Needs')!.id],
      note: 'Said twice\n\nCompare with interview 2 & the <survey>.',
      statement: '',
      createdBy: 'aaaaaaaa-1111-4111-8111-aaaaaaaaaaaa',
      createdAt: '2023-03-02T09:00:00.000Z',
    });
    const cut = library.claims.find((c) => c.id === 'd0000000-0000-4000-8000-000000000002')!;
    expect(cut).toMatchObject({
      statement: 'The school budget was cut by a tenth.',
      updatedAt: '2023-03-03T10:00:00.000Z',
      updatedBy: 'bbbbbbbb-2222-4222-8222-bbbbbbbbbbbb',
    });
    expect(library.researchers.map((r) => r.displayName).sort()).toEqual(['Dana', 'Me', 'eli']);
  });

  it('with lower-case project.qde and an older namespace: what it cannot bring in is listed, with why', async () => {
    const { library, skipped } = await qdpxFormat.read!(packFixtureProject('mixed-sources'), ctx);
    await expectImportable(library);

    expect(library.tags.map((t) => t.name).sort()).toEqual(['Finance', 'Governance', 'Revenue']);
    expect(library.sources.map((s) => s.title).sort()).toEqual(['Annual report', 'Untitled source']);
    expect(quoteOf(library, '30000000-0000-4000-8000-0000000000b1')).toBe('Revenue grew to 4 million');
    expect(quoteOf(library, '30000000-0000-4000-8000-0000000000b3')).toBe('The board approved the plan');
    // Without Users in the file, records are the importing researcher's.
    expect(library.claims.every((c) => c.createdBy === IMPORTER)).toBe(true);

    const reasons = skipped.map((s) => `${s.what}: ${s.why}`);
    const expectReason = (pattern: RegExp) =>
      expect(
        reasons.some((r) => pattern.test(r)),
        `${pattern} in\n${reasons.join('\n')}`,
      ).toBe(true);
    expectReason(/1 coded area of PDF "Annual report": .*rectangle/);
    expectReason(
      /PDF "Scanned letter": its text is not in the project \(the package holds the PDF.*1 coded area/,
    );
    expectReason(
      /Source "Lost transcript": the package does not contain its text file \(lost\.txt\); its 1 coded passage was not brought in/,
    );
    expectReason(/Source "Elsewhere": its text is a file outside the package/);
    expectReason(/Source "Site photo": it is a picture.*1 coding was not brought in/);
    expectReason(/Source "Call recording": it is an audio recording/);
    expectReason(/1 coding of the whole of "Untitled source"/);
    expectReason(/1 note: notes on the project/);
    expectReason(/1 case: the workbench has no cases/);
    expect(skipped).toHaveLength(9);
  });

  it('a project that holds only a codebook brings in the codebook', async () => {
    const { library, skipped } = await qdpxFormat.read!(packFixtureProject('codebook-only'), ctx);
    await expectImportable(library);
    expect(skipped).toEqual([]);
    expect(library.sources).toEqual([]);
    expect(library.tags.map((t) => [t.name, t.colour, t.parentId !== null])).toEqual([
      ['Risk', '#aabbcc', false],
      ['Legal risk', '#112233', true],
    ]);
  });
});

describe('a .qdc from another tool', () => {
  it('brings in the code tree and reports its sets', async () => {
    const bytes = readFixture('projects/other-tool.qdc');
    expect(qdcFormat.detect(bytes)).toBe(true);
    expect(qdpxFormat.detect(bytes)).toBe(false);
    const { library, skipped } = await qdcFormat.read!(bytes, ctx);
    await expectImportable(library);
    expect(library.tags.map((t) => [t.name, t.colour, t.description])).toEqual([
      ['Emotions', '#ff8800', 'How people felt'],
      ['Anger', expect.stringMatching(/^#[0-9a-f]{6}$/), ''],
      ['Joy', '#00ff00', ''],
    ]);
    expect(library.tags[1]!.parentId).toBe(library.tags[0]!.id);
    expect(skipped).toEqual([{ what: '1 set of codes', why: 'the workbench has no sets' }]);
  });
});

describe('liberal reading', () => {
  const project = (start: number, end: number, name: string) =>
    zipSync({
      'project.qde': strToU8(
        `<Project name="p"><Sources><TextSource guid="70000000-0000-4000-8000-000000000001" name="T">` +
          `<PlainTextContent>😀😀 said: cut by 10%</PlainTextContent>` +
          `<PlainTextSelection guid="70000000-0000-4000-8000-000000000002" name="${name}" startPosition="${start}" endPosition="${end}"/>` +
          `</TextSource></Sources></Project>`,
      ),
    });

  it('a tool that counts UTF-16 units is recognised when the selection is named by its text', async () => {
    // "cut by 10%" starts at character 9, UTF-16 unit 11.
    const byUnits = await qdpxFormat.read!(project(11, 21, 'cut by 10%'), ctx);
    const byCharacters = await qdpxFormat.read!(project(9, 19, 'cut by 10%'), ctx);
    for (const { library } of [byUnits, byCharacters]) {
      await expectImportable(library);
      expect(library.claims[0]!.target.selector[0].exact).toBe('cut by 10%');
    }
    // Without a telling name, positions are characters, as the standard says.
    expect(
      (await qdpxFormat.read!(project(9, 19, ''), ctx)).library.claims[0]!.target.selector[0].exact,
    ).toBe('cut by 10%');
  });

  it("a time ahead of this computer's clock is taken as now, so it cannot win every merge", async () => {
    const bytes = zipSync({
      'project.qde': strToU8(
        `<Project name="p"><Sources><TextSource name="T"><PlainTextContent>one</PlainTextContent>` +
          `<PlainTextSelection startPosition="0" endPosition="3" creationDateTime="2020-01-01T00:00:00" modifiedDateTime="2999-01-01T00:00:00Z"/>` +
          `</TextSource></Sources></Project>`,
      ),
    });
    const [claim] = (await qdpxFormat.read!(bytes, ctx)).library.claims;
    expect(claim).toMatchObject({ createdAt: '2020-01-01T00:00:00.000Z', updatedAt: ctx.now });
  });

  it('passages without GUIDs each become a claim; a GUID used twice is reported', async () => {
    const bytes = zipSync({
      'project.qde': strToU8(
        `<Project name="p"><Sources><TextSource name="T"><PlainTextContent>one two three</PlainTextContent>` +
          `<PlainTextSelection startPosition="0" endPosition="3"/><PlainTextSelection startPosition="4" endPosition="7"/>` +
          `<PlainTextSelection guid="71000000-0000-4000-8000-000000000001" startPosition="8" endPosition="13"/>` +
          `<PlainTextSelection guid="71000000-0000-4000-8000-000000000001" startPosition="0" endPosition="13"/>` +
          `</TextSource></Sources></Project>`,
      ),
    });
    const { library, skipped } = await qdpxFormat.read!(bytes, ctx);
    await expectImportable(library);
    expect(library.claims.map((c) => c.target.selector[0].exact)).toEqual(['one', 'two', 'three']);
    expect(skipped).toEqual([
      { what: 'A coded passage in "T"', why: 'another passage in the file has the same GUID' },
    ]);
  });

  it('a codebook imported into a new library brings its importer along as a researcher', async () => {
    const fresh = { ...ctx, existing: EMPTY_LIBRARY };
    const { library } = await qdcFormat.read!(readFixture('projects/other-tool.qdc'), fresh);
    await expectImportable(library);
    expect(library.researchers.map((r) => r.id)).toEqual([IMPORTER]);
  });
});
