// The algebra that makes sharing safe, checked on generated libraries: merging is commutative, associative
// and idempotent, never loses a record id, always keeps the newest version, and reports the same
// conflicts whichever side it starts from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/exchange/canonical-json';
import { compareVersions } from '../../../src/core/exchange/compare-versions';
import { mergeLibraries } from '../../../src/core/exchange/merge-libraries';
import type { Library, Versioned } from '../../../src/core/model/records';
import { libraryArbitrary } from './library-arbitraries';

const TABLES = ['researchers', 'tags', 'sources', 'claims', 'briefings'] as const;
const merged = (a: Library, b: Library): Library => mergeLibraries(a, b).library;
const canon = (library: Library): string =>
  canonicalJson(
    Object.fromEntries(TABLES.map((t) => [t, [...library[t]].sort((x, y) => (x.id < y.id ? -1 : 1))])),
  );
const pair = fc.tuple(libraryArbitrary, libraryArbitrary);
const runs = { numRuns: 500 };

describe('mergeLibraries properties', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(canon(merged(a, b))).toBe(canon(merged(b, a)));
      }),
      runs,
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(libraryArbitrary, libraryArbitrary, libraryArbitrary, (a, b, c) => {
        expect(canon(merged(merged(a, b), c))).toBe(canon(merged(a, merged(b, c))));
      }),
      runs,
    );
  });

  it('is idempotent: merging a library with itself, or merging the same bundle again, changes nothing', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(canon(merged(a, a))).toBe(canon(a));
        const once = merged(a, b);
        expect(canon(merged(once, b))).toBe(canon(once));
        expect(canon(merged(once, once))).toBe(canon(once));
      }),
      runs,
    );
  });

  it('keeps every id of either input, and for each the newest version there is', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const out = merged(a, b);
        for (const table of TABLES) {
          const versions: Versioned[] = [...a[table], ...b[table]];
          const ids = [...new Set(versions.map((r) => r.id))].sort();
          expect(out[table].map((r) => r.id)).toEqual(ids);
          for (const kept of out[table] as Versioned[]) {
            expect(versions).toContain(kept);
            for (const other of versions.filter((v) => v.id === kept.id)) {
              expect(compareVersions(kept, other)).toBeGreaterThanOrEqual(0);
            }
          }
        }
      }),
      runs,
    );
  });

  it('reports the same conflicts either way round, and counts every record once', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const ab = mergeLibraries(a, b);
        const ba = mergeLibraries(b, a);
        expect(canonicalJson(ab.conflicts)).toBe(canonicalJson(ba.conflicts));
        expect(ab.tagDuplicates).toEqual(ba.tagDuplicates);
        for (const table of TABLES) {
          const { added, updated, unchanged } = ab.stats[table];
          expect(added + updated + unchanged).toBe(ab.library[table].length);
          const idsOfA = new Set(a[table].map((r) => r.id));
          expect(added).toBe(ab.library[table].filter((r) => !idsOfA.has(r.id)).length);
        }
      }),
      runs,
    );
  });
});
