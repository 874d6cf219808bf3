// Formatting by collision groups (src/core/briefing/csl/collision-groups.ts) must print exactly what one
// citeproc registry of every cited source prints (the oracle in whole-registry-citations.ts): the same
// references in the same order, the same in-text forms, for each bundled style, on the seeded S library
// and on made-up libraries full of collisions (one author and year several times, one family name with
// other given names, particles, accents, organisations, editors or translators only, no names at all,
// no date, raw dates). A preview's formatting (`onlySources`) and formatting through a cache shared
// across libraries must agree with it too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLibrary, PRESETS } from '../../../../scripts/scale/generate-library.mjs';
import { createCitationCache } from '../../../../src/core/briefing/csl/citation-cache';
import { CITATION_STYLES } from '../../../../src/core/briefing/csl/citation-styles';
import { assembleCitations } from '../../../../src/core/briefing/csl/citation-plan';
import {
  formatCitations,
  planSourceCitations,
  runBatch,
  type CitedPassage,
} from '../../../../src/core/briefing/csl/format-citations';
import type { Library, Source } from '../../../../src/core/model/records';
import { plainSource } from '../briefing-fixtures';
import { formatInOneRegistry } from './whole-registry-citations';

const FAMILIES = [
  'Smith',
  'smith',
  'Smíth',
  'Smith-Jones',
  'Smith Jones',
  'van Gogh',
  'Gogh',
  'Brown',
  "O'Brien",
];
const GIVEN = ['Anna', 'Alan', 'Bea', 'A.', undefined];
const ORGANISATIONS = ['Department for Education', 'Ministry of Education', 'Education'];
const TITLES = ['Report', 'Annual report', 'Smith', 'Education', 'Review of schools', ''];

const name = fc.oneof(
  fc
    .record({
      family: fc.constantFrom(...FAMILIES),
      given: fc.constantFrom(...GIVEN),
      particle: fc.constantFrom(undefined, 'van', 'de'),
    })
    .map(({ family, given, particle }) => ({
      family,
      ...(given ? { given } : {}),
      ...(particle ? { 'non-dropping-particle': particle } : {}),
    })),
  fc.constantFrom(...ORGANISATIONS).map((literal) => ({ literal })),
  // A literal beside name parts: citeproc prints the literal.
  fc
    .tuple(fc.constantFrom(...FAMILIES), fc.constantFrom(...ORGANISATIONS))
    .map(([family, literal]) => ({ family, literal })),
);
const names = fc.array(name, { minLength: 1, maxLength: 4 });
const issued = fc.oneof(
  fc.constantFrom(2015, 2016).map((year) => ({ 'date-parts': [[year]] })),
  fc
    .tuple(fc.constantFrom(2015, 2016), fc.integer({ min: 1, max: 12 }))
    .map((parts) => ({ 'date-parts': [parts] })),
  fc.constant({ raw: '2016' }),
  fc.constant({ literal: 'forthcoming' }),
  fc.constant(undefined),
);
const metadata = fc.record({
  type: fc.constantFrom('report', 'book', 'article-journal', 'chapter', 'legislation', 'bill'),
  title: fc.constantFrom(...TITLES),
  containerTitle: fc.constantFrom(undefined, 'Journal of Education', 'Smith'),
  creators: fc.oneof(
    names.map((author) => ({ author })),
    names.map((editor) => ({ editor })),
    fc.tuple(names, names).map(([editor, translator]) => ({ editor, translator })),
    names.map((translator) => ({ translator })),
    fc.constant({}),
  ),
  issued,
});
const locator = fc.record({
  label: fc.constantFrom('page' as const, 'paragraph' as const),
  value: fc.constantFrom('4', '12', 'iv', 'A-3', ''),
});
const library = fc
  .array(fc.tuple(metadata, fc.array(locator, { minLength: 1, maxLength: 3 })), {
    minLength: 1,
    maxLength: 18,
  })
  .map((entries) => {
    const sources: Source[] = [];
    const passages: CitedPassage[] = [];
    entries.forEach(([m, locators], i) => {
      const id = i.toString(16).padStart(64, '0');
      sources.push(
        plainSource('Text.', {
          id,
          title: `Untitled ${i % 3}`,
          metadata: {
            type: m.type,
            ...(m.title ? { title: m.title } : {}),
            ...(m.containerTitle ? { 'container-title': m.containerTitle } : {}),
            ...m.creators,
            ...(m.issued ? { issued: m.issued } : {}),
          } as Source['metadata'],
        }),
      );
      for (const at of locators) passages.push({ sourceId: id, locator: at });
    });
    return { sources, passages };
  });

const sharedCache = createCitationCache();

describe('formatCitations by collision groups', () => {
  for (const { id: style } of CITATION_STYLES) {
    it(`prints what one registry prints, in ${style}, for libraries full of collisions`, () => {
      fc.assert(
        fc.property(library, fc.array(fc.nat(), { maxLength: 4 }), ({ sources, passages }, picks) => {
          const oracle = formatInOneRegistry(style, sources, passages);
          expect(formatCitations(style, sources, passages)).toEqual(oracle);
          expect(formatCitations(style, sources, passages, { cache: sharedCache })).toEqual(oracle);
          const only = new Set(picks.map((p) => sources[p % sources.length]!.id));
          const preview = formatCitations(style, sources, passages, { onlySources: only });
          expect(preview.references.filter((r) => only.has(r.sourceId))).toEqual(
            oracle.references.filter((r) => only.has(r.sourceId)),
          );
          passages.forEach((passage, i) => {
            if (only.has(passage.sourceId)) expect(preview.inText[i]).toBe(oracle.inText[i]);
          });

          // Batches formatted in registries of their own (as workers do), alone and after a preview
          // filled a cache, whose groups come back as copies (as IndexedDB gives them).
          const kept = createCitationCache();
          formatCitations(style, sources, passages, { cache: kept, onlySources: only });
          const copies = { get: (key: string) => structuredClone(kept.get(key)), set: kept.set };
          for (const cache of [undefined, copies]) {
            const plan = planSourceCitations(style, sources, passages, {
              batches: 3,
              ...(cache ? { cache } : {}),
            });
            expect(assembleCitations(plan, plan.batches.map(runBatch))).toEqual(oracle);
          }
        }),
        { numRuns: 25 },
      );
    }, 120_000);
  }

  // Two cases a reviewer found that the generator then lacked: a literal name beside a family name
  // (citeproc prints the literal, so both "World Bank" sources take a year suffix), and APA citing an Act
  // by its title whoever its author is (so the three "Children Act" sources take 2004a, b and c).
  const example = (i: number, metadata: Record<string, unknown>): Source =>
    plainSource('Text.', {
      id: i.toString(16).padStart(64, '0'),
      title: `Untitled ${i}`,
      metadata: metadata as Source['metadata'],
    });
  it.each([
    {
      style: 'harvard' as const,
      sources: [
        example(1, {
          type: 'report',
          title: 'A',
          author: [{ family: 'Smith', literal: 'World Bank' }],
          issued: { 'date-parts': [[2016]] },
        }),
        example(2, {
          type: 'report',
          title: 'B',
          author: [{ literal: 'World Bank' }],
          issued: { 'date-parts': [[2016]] },
        }),
      ],
    },
    {
      style: 'apa' as const,
      sources: ['UK Parliament', 'Scottish Parliament', 'Welsh Assembly'].map((literal, i) =>
        example(i + 1, {
          type: 'legislation',
          title: 'Children Act',
          author: [{ literal }],
          issued: { 'date-parts': [[2004]] },
        }),
      ),
    },
  ])(
    'prints what one registry prints when names collide as printed, not as stored ($style)',
    ({ style, sources }) => {
      const passages: CitedPassage[] = sources.map((s) => ({
        sourceId: s.id,
        locator: { label: 'page', value: '4' },
      }));
      const oracle = formatInOneRegistry(style, sources, passages);
      expect(new Set(oracle.inText).size).toBe(sources.length);
      expect(formatCitations(style, sources, passages)).toEqual(oracle);
      // A briefing's start formats only the groups of the sources it cites first: each source alone must
      // still be formatted with those it collides with.
      sources.forEach((source, i) => {
        const alone = formatCitations(style, sources, passages, { onlySources: new Set([source.id]) });
        expect(alone.inText[i]).toBe(oracle.inText[i]);
      });
    },
  );

  it('prints what one registry prints for the seeded S library, in every style, through a cache too', () => {
    const seeded = buildLibrary({ ...PRESETS.S, sourceChars: 200, seed: 1 }) as Library;
    const sources = seeded.sources.filter((source) => !source.deleted);
    const passages: CitedPassage[] = seeded.claims.map((claim, i) => ({
      sourceId: claim.sourceId,
      locator: { label: i % 5 === 0 ? 'paragraph' : 'page', value: String(1 + (i % 40)) },
    }));
    const cache = createCitationCache();
    for (const { id: style } of CITATION_STYLES)
      expect(formatCitations(style, sources, passages, { cache })).toEqual(
        formatInOneRegistry(style, sources, passages),
      );
    // A second briefing after one source's metadata was edited: the cache serves every other group,
    // merged back in the style's order, and the edited source's group is formatted afresh.
    const edited = sources.map((source, i) =>
      i === 7 ? { ...source, metadata: { ...source.metadata, title: 'A retitled report' } } : source,
    );
    const oracle = formatInOneRegistry('chicago', edited, passages);
    expect(formatCitations('chicago', edited, passages, { cache })).toEqual(oracle);
    // In four batches, as the briefing's workers format a large library: the same bibliography.
    const plan = planSourceCitations('chicago', edited, passages, { batches: 4 });
    expect(plan.batches).toHaveLength(4);
    expect(assembleCitations(plan, plan.batches.map(runBatch))).toEqual(oracle);
  }, 300_000);
});
