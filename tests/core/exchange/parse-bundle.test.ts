// parseBundle accepts what createBundle/serialiseBundle write and rejects every kind of damage with one
// clear line that names the record and field, so a researcher knows what is wrong with a shared file.
import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from '../../../src/core/exchange/bundle-schema';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { parseBundle } from '../../../src/core/exchange/parse-bundle';
import {
  FIRST_DOC,
  makeClaim,
  makeCorpusSource,
  makeLibrary,
  makeResearcher,
  makeTag,
  makeBriefing,
} from './library-builders';

const EXPORTED = '2024-06-01T10:00:00.000Z';
// The raw JSON of a bundle, which the cases below damage into shapes no type allows.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawBundle = Record<string, any>;

function bundleJson(mutate: (bundle: RawBundle) => void = () => {}): string {
  const library = { ...makeLibrary(), briefings: [makeBriefing()] };
  const bundle = JSON.parse(serialiseBundle(createBundle(library, EXPORTED)));
  mutate(bundle);
  return JSON.stringify(bundle);
}

function errorOf(json: string): string {
  const result = parseBundle(json);
  if (result.ok) throw new Error('expected the bundle to be rejected');
  expect(result.error).not.toContain('\n');
  return result.error;
}

describe('parseBundle on good bundles', () => {
  it('accepts a serialised library and gives it back unchanged', () => {
    const library = makeLibrary();
    const result = parseBundle(serialiseBundle(createBundle(library, EXPORTED)));
    expect(result).toEqual({
      ok: true,
      bundle: { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: EXPORTED, library },
    });
  });

  it('accepts every corpus document as a source, with claims, tombstones, pages and a UTF-8 BOM', () => {
    const names = ['000_38c8a26222ede8aa.txt', '001_1e5035609ec9f0e3.txt', '002_f51d64f123fd7464.txt'];
    const sources = names.map(makeCorpusSource);
    const [s0, s1] = sources as [ReturnType<typeof makeCorpusSource>, ReturnType<typeof makeCorpusSource>];
    s1.pages = [{ index: 0, label: 'i', start: 0, end: s1.text.length }];
    const library = {
      researchers: [makeResearcher(), makeResearcher('r-bob', 'Bob')],
      tags: [makeTag(), makeTag({ id: 'tag-child', name: 'DfE', parentId: 'tag-funding', deleted: true })],
      sources,
      claims: [
        makeClaim(s0, '£8.52m', { id: 'c-a', tagIds: ['tag-child'] }),
        makeClaim(s0, 'Dec 2017', {
          id: 'c-b',
          kind: 'date',
          fields: { startDate: '2017-12', precision: 'month' },
          deleted: true,
        }),
        makeClaim(s1, s1.text.slice(100, 180), { id: 'c-c', kind: 'quote', fields: {}, status: 'suggested' }),
      ],
      briefings: [
        makeBriefing({ claimFilter: { kinds: ['figure'], tagIds: ['tag-child'], sourceIds: [s0.id] } }),
      ],
    };
    const result = parseBundle(`\uFEFF${serialiseBundle(createBundle(library, EXPORTED))}`);
    expect(result.ok).toBe(true);
  });
});

describe('parseBundle on files that are not bundles', () => {
  it('says when the file is empty or not JSON', () => {
    expect(errorOf('')).toMatch(/empty/);
    expect(errorOf('{"format": "evidence-workbench.bundle", ')).toMatch(/^The file is not JSON/);
  });

  it('says when JSON is something else', () => {
    expect(errorOf('{"name": "evidence-workbench", "version": "0.1.0"}')).toMatch(/not an evidence bundle/);
    expect(errorOf('[1, 2, 3]')).toMatch(/not an evidence bundle/);
    expect(errorOf('null')).toMatch(/not an evidence bundle/);
  });

  it('says when a newer version of the app made it', () => {
    const error = errorOf(bundleJson((b) => (b.version = BUNDLE_VERSION + 1)));
    expect(error).toMatch(/newer version of the workbench/);
    expect(error).toContain(`bundle version ${BUNDLE_VERSION + 1}`);
  });
});

describe('parseBundle names the bad record and field', () => {
  const claim = 'claim 1 (id claim-1)';
  const source = (b: RawBundle) => b.library.sources[0];
  const cases: [string, (b: RawBundle) => void, string][] = [
    ['version 0', (b) => (b.version = 0), 'version must be 1 or more'],
    ['a bad export time', (b) => (b.exportedAt = 'yesterday'), 'exportedAt must be an ISO 8601 UTC time'],
    ['a missing library', (b) => delete b.library, 'library is missing'],
    ['an unknown envelope field', (b) => (b.extra = 1), 'the bundle has an unknown field "extra"'],
    [
      'a negative offset',
      (b) => (b.library.claims[0].target.selector[1].start = -1),
      `${claim}: target.selector[1].start must be 0 or more`,
    ],
    [
      'a fractional offset',
      (b) => (b.library.claims[0].target.selector[1].end = 2.5),
      `${claim}: target.selector[1].end must be a whole number`,
    ],
    [
      'start after end',
      (b) => (b.library.claims[0].target.selector[1].start = 9999),
      `${claim}: target.selector[1].end must not be before start`,
    ],
    [
      'a selector past the text',
      (b) => (b.library.claims[0].target.selector[1].end = 99_999),
      `${claim}: target.selector[1].end (99999) is past the end of the source's text (`,
    ],
    [
      'a quote that is not at its position',
      (b) => (b.library.claims[0].target.selector[0].exact = '£11.23m'),
      `${claim}: target.selector[0].exact does not match the source's text at`,
    ],
    [
      'a claim on a source not in the bundle',
      (b) => (b.library.claims[0].sourceId = 'a'.repeat(64)),
      `${claim}: sourceId "${'a'.repeat(64)}" is not a source in this bundle`,
    ],
    [
      'a target on another source',
      (b) => (b.library.claims[0].target.source = 'b'.repeat(64)),
      `${claim}: target.source must equal sourceId`,
    ],
    [
      'an unknown tag on a claim',
      (b) => b.library.claims[0].tagIds.push('tag-missing'),
      `${claim}: tagIds[1] "tag-missing" is not a tag in this bundle`,
    ],
    ['a missing note', (b) => delete b.library.claims[0].note, `${claim}: note is missing`],
    [
      'an unknown kind',
      (b) => (b.library.claims[0].kind = 'rumour'),
      `${claim}: kind must be one of "figure",`,
    ],
    [
      'an unknown claim field',
      (b) => (b.library.claims[0].colour = 'red'),
      `${claim} has an unknown field "colour"`,
    ],
    [
      'a bad date field',
      (b) => (b.library.claims[0].fields.startDate = '1 May 2024'),
      `${claim}: fields.startDate must be a date such as 2024`,
    ],
    [
      'a duplicate claim id',
      (b) => b.library.claims.push(b.library.claims[0]),
      'claim 2 (id claim-1): id is the same as the id of claim 1',
    ],
    [
      'a source id that is not a SHA-256',
      (b) => (source(b).id = 'XYZ'),
      'source 1 (id XYZ): id must be a SHA-256 in lower-case hex',
    ],
    [
      'a bad update time',
      (b) => (source(b).updatedAt = '2024-05-01 09:00'),
      'updatedAt must be an ISO 8601 UTC time',
    ],
    [
      'an overlong title',
      (b) => (source(b).title = 'x'.repeat(2001)),
      'title is too long (at most 2000 characters)',
    ],
    ['an unknown format', (b) => (source(b).format = 'rtf'), 'format must be one of'],
    [
      'a page past the text',
      (b) => (source(b).pages = [{ index: 0, label: '1', start: 0, end: 10 ** 6 }]),
      'pages[0].end (1000000) is past the end of the text',
    ],
    [
      'a bad colour',
      (b) => (b.library.tags[0].colour = 'blue'),
      'tag 1 (id tag-funding): colour must be a colour',
    ],
    [
      'an empty tag name',
      (b) => (b.library.tags[0].name = ''),
      'tag 1 (id tag-funding): name must not be empty',
    ],
    [
      'a tag under a missing parent',
      (b) => (b.library.tags[0].parentId = 'tag-gone'),
      'tag 1 (id tag-funding): parentId "tag-gone" is not a tag in this bundle',
    ],
    [
      'a researcher id with spaces',
      (b) => (b.library.researchers[0].id = 'alice smith'),
      'researcher 1 (id alice smith): id must be an id of letters',
    ],
    [
      'a deleted flag that is not a boolean',
      (b) => (b.library.researchers[0].deleted = 'no'),
      'researcher 1 (id r-alice): deleted must be true or false',
    ],
    ['a table that is not a list', (b) => (b.library.tags = {}), 'library.tags must be a list'],
    ['a missing statement', (b) => delete b.library.claims[0].statement, `${claim}: statement is missing`],
    [
      'a statement that is not text',
      (b) => (b.library.claims[0].statement = 42),
      `${claim}: statement must be text`,
    ],
    [
      'an overlong statement',
      (b) => (b.library.claims[0].statement = 'x'.repeat(10_001)),
      `${claim}: statement is too long (at most 10000 characters)`,
    ],
    [
      'a total of a claim not in the bundle',
      (b) => (b.library.claims[0].fields.totalOf = ['claim-gone']),
      `${claim}: fields.totalOf[0] "claim-gone" is not a claim in this bundle`,
    ],
    [
      'a total of itself',
      (b) => (b.library.claims[0].fields.totalOf = ['claim-1']),
      `${claim}: fields.totalOf[0] must not be the claim itself`,
    ],
    ['a missing briefings table', (b) => delete b.library.briefings, 'library.briefings is missing'],
    [
      'an unknown briefing section',
      (b) => (b.library.briefings[0].sections = ['gossip']),
      'briefing 1 (id briefing-1): sections[0] must be one of "key-figures"',
    ],
    [
      'an unknown citation style',
      (b) => (b.library.briefings[0].style = 'mla'),
      'briefing 1 (id briefing-1): style must be one of "harvard", "apa", "chicago"',
    ],
    [
      'a briefing filtered by a tag not in the bundle',
      (b) => (b.library.briefings[0].claimFilter = { tagIds: ['tag-gone'] }),
      'briefing 1 (id briefing-1): claimFilter.tagIds[0] "tag-gone" is not a tag in this bundle',
    ],
    [
      'a briefing filtered by a source not in the bundle',
      (b) => (b.library.briefings[0].claimFilter = { sourceIds: ['c'.repeat(64)] }),
      `briefing 1 (id briefing-1): claimFilter.sourceIds[0] "${'c'.repeat(64)}" is not a source`,
    ],
    [
      'an unknown field in a briefing filter',
      (b) => (b.library.briefings[0].claimFilter = { status: ['accepted'] }),
      'briefing 1 (id briefing-1): claimFilter has an unknown field "status"',
    ],
    [
      'a duplicate briefing id',
      (b) => b.library.briefings.push(b.library.briefings[0]),
      'briefing 2 (id briefing-1): id is the same as the id of briefing 1',
    ],
  ];

  it.each(cases)('rejects %s', (_name, mutate, expected) => {
    expect(errorOf(bundleJson(mutate))).toContain(expected);
  });

  it('starts with what is wrong and counts the other problems', () => {
    const error = errorOf(
      bundleJson((b) => {
        b.library.tags[0].colour = 'blue';
        b.library.claims[0].note = 5;
      }),
    );
    expect(error).toMatch(
      /^The bundle is not valid: tag 1 \(id tag-funding\): colour .* \(and 1 more problem\)\.$/,
    );
  });
});

describe('serialiseBundle', () => {
  it('writes the same text however the records are ordered', () => {
    const library = makeLibrary();
    const second = makeCorpusSource('004_095d6f8d55d7aa2e.txt');
    library.sources.push(second);
    library.tags.push(makeTag({ id: 'tag-a', name: 'A' }));
    const shuffled = {
      ...library,
      sources: [...library.sources].reverse(),
      tags: [...library.tags].reverse(),
    };
    const text = serialiseBundle(createBundle(library, EXPORTED));
    expect(serialiseBundle(createBundle(shuffled, EXPORTED))).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith(`{\n  "format": "${BUNDLE_FORMAT}",\n  "version": ${BUNDLE_VERSION},`)).toBe(true);
    const parsed = JSON.parse(text) as Bundle;
    expect(parsed.library.tags.map((t) => t.id)).toEqual(['tag-a', 'tag-funding']);
    expect(Object.keys(parsed.library.claims[0] ?? {})[0]).toBe('id');
  });

  it('keeps claim text that is not ASCII exactly', () => {
    const library = makeLibrary();
    const text = serialiseBundle(createBundle(library, EXPORTED));
    const result = parseBundle(text);
    expect(result.ok && result.bundle.library.claims[0]?.target.selector[0].exact).toBe('£11.22m');
    expect(makeCorpusSource(FIRST_DOC).text).toContain('£11.22m');
  });
});
