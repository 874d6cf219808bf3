// The hand-written record checks that spare a valid bundle the zod schemas must never accept what the
// schemas refuse, and what they accept must be the record the schema would give, fields in the same order
// (the merged bundle is written from it). Seeded libraries of the real shape take the quick road whole;
// records damaged at random, at any field and in any way, are either accepted as the schema accepts them
// or left to the schema; and a damaged bundle is refused with the schema's own message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../scripts/scale/generate-library.mjs';
import { bundleSchema } from '../../../src/core/exchange/bundle-schema';
import { parseBundle } from '../../../src/core/exchange/parse-bundle';
import { quickParseBundle } from '../../../src/core/exchange/quick-parse-bundle';
import { QUICK_RECORD_CHECKS, UNSURE } from '../../../src/core/exchange/quick-record-checks';
import { TABLE_SCHEMAS } from '../../../src/core/exchange/record-schemas';
import { makeBriefing } from './library-builders';
import type { Library, Source } from '../../../src/core/model/records';

const SCHEMAS = TABLE_SCHEMAS;
type Table = keyof typeof SCHEMAS;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const EXPORTED_AT = '2025-09-01T00:00:00.000Z';

/** A seeded library with the optional shapes the generator leaves out added to a few records. */
function seededLibrary(seed: number) {
  const library = buildLibrary({ seed, sources: 12, claims: 120, sourceChars: 1_200, tags: 8 }) as Library;
  const [first, second] = library.sources as [Source, Source];
  first.metadata.accessed = { raw: 'last spring' };
  first.metadata.issued = { 'date-parts': [[2014], [2015, 3]] };
  first.pages = [{ index: 0, label: 'i', start: 0, end: 10, ocr: { confidence: 87.5 } }];
  second.supersedes = first.id;
  library.claims[0]!.target.page = 0;
  library.briefings = [
    makeBriefing({
      updatedBy: library.researchers[0]!.id,
      claimFilter: { kinds: ['figure'], tagIds: [library.tags[0]!.id], sourceIds: [first.id] },
    }),
  ];
  return JSON.parse(JSON.stringify(library)) as Record<Table, Json[]>;
}

const asText = (value: unknown) => JSON.stringify(value);

describe('quick record checks', () => {
  it.each([1, 2, 3])('take seeded library %i whole, giving exactly what the schema gives', (seed) => {
    const data = { format: 'evidence-workbench.bundle', version: 2, exportedAt: EXPORTED_AT };
    const bundle = { ...data, library: seededLibrary(seed) };
    const quick = quickParseBundle(bundle);
    expect(quick).toBeDefined();
    expect(asText(quick)).toBe(asText(bundleSchema.parse(bundle)));
  });

  it('take a seeded library as read when asked not to copy: the same records, the same values', () => {
    const data = { format: 'evidence-workbench.bundle', version: 2, exportedAt: EXPORTED_AT };
    const bundle = { ...data, library: seededLibrary(6) };
    const quick = quickParseBundle(bundle, { copy: false });
    expect(quick?.library.claims[0]).toBe(bundle.library.claims[0]);
    expect(quick?.library.sources[1]).toBe(bundle.library.sources[1]);
    expect(quick).toStrictEqual(bundleSchema.parse(bundle));
  });

  it('never accept a damaged record the schema refuses, nor give a different record', () => {
    const library = seededLibrary(4);
    const records = (Object.keys(SCHEMAS) as Table[]).flatMap((table) =>
      library[table].slice(0, 6).map((record) => ({ table, record })),
    );
    const damage = fc.oneof(
      fc.constant({ delete: true as const }),
      fc.constantFrom<Json>(
        '',
        ' ',
        'x',
        'x'.repeat(201),
        'x'.repeat(2_001),
        -1,
        0,
        1.5,
        101,
        2 ** 53,
        null,
        true,
        false,
        [],
        {},
        [1],
        [[2014, 13, 40, 1]],
        'not a time',
        '2024-02-30T10:00:00Z',
        '2024-05-01T12:00:00+01:00',
        'javascript:alert(1)',
        'https://example.org/a b',
        '#12345g',
        'TextQuoteSelector',
        'figure',
        'support',
        'day',
        'GBP',
        'accepted',
        'a'.repeat(64),
        'A'.repeat(64),
        'bad id!',
        { raw: 'x' },
        { 'date-parts': [[2014]] },
        { confidence: 50 },
        { family: 'Smith' },
      ),
    );
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: records.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 3 }), damage), { minLength: 1, maxLength: 3 }),
        (which, damages) => {
          const { table, record } = records[which]!;
          const damaged = structuredClone(record);
          for (const [at, extraKey, change] of damages) applyDamage(damaged, at, extraKey, change);
          const quick = QUICK_RECORD_CHECKS[table](damaged);
          const asRead = QUICK_RECORD_CHECKS[table](damaged, false);
          const zod = SCHEMAS[table].safeParse(damaged);
          // Without copying, the same verdict, and the record itself when it is accepted.
          expect(asRead).toBe(quick === UNSURE ? UNSURE : damaged);
          if (quick !== UNSURE) {
            accepted += 1;
            expect(zod.success).toBe(true);
            expect(asText(quick)).toBe(asText(zod.data));
          }
        },
      ),
      { numRuns: 3_000 },
    );
    // Damage that leaves a record valid (a title changed to "x") is common enough to be tried often.
    expect(accepted).toBeGreaterThan(150);
  });

  it('leave a damaged bundle to the schema, refused with its message', () => {
    const library = seededLibrary(5);
    (library.claims[3] as Record<string, Json>).status = 'maybe';
    const text = JSON.stringify({
      format: 'evidence-workbench.bundle',
      version: 2,
      exportedAt: EXPORTED_AT,
      library,
    });
    const result = parseBundle(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^The bundle is not valid: claim 4 .*status/);
  });
});

/** Every place in a record where a value sits: object fields and list items, at any depth. */
function placesIn(value: Json): { holder: Json[] | Record<string, Json>; key: string | number }[] {
  const places: { holder: Json[] | Record<string, Json>; key: string | number }[] = [];
  const stack: Json[] = [value];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (Array.isArray(current)) {
      current.forEach((item, i) => {
        places.push({ holder: current, key: i });
        stack.push(item);
      });
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        places.push({ holder: current, key });
        stack.push(item);
      }
    }
  }
  return places;
}

/** Replaces or deletes the value at one place, or (for an object) adds an unknown field. */
function applyDamage(record: Json, at: number, extraKey: string, change: Json | { delete: true }) {
  const places = placesIn(record);
  if (places.length === 0) return;
  const { holder, key } = places[at % places.length]!;
  const isDelete = typeof change === 'object' && change !== null && 'delete' in change;
  // fast-check hands out the same constant object every time: a copy, so that a later damage inside it
  // can neither change the constant for other runs nor put a value inside itself (a cycle JSON never has)
  const value = isDelete ? undefined : (structuredClone(change) as Json);
  if (Array.isArray(holder)) {
    if (isDelete) holder.splice(key as number, 1);
    else holder[key as number] = value as Json;
  } else if (isDelete) delete holder[key as string];
  else if (at % 7 === 0 && !(extraKey in holder)) holder[extraKey] = value as Json;
  else holder[key as string] = value as Json;
}
