import { describe, expect, it } from 'vitest';
import { reanchorClaims } from '../../../src/core/versions/reanchor-claims';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { parseBundle } from '../../../src/core/exchange/parse-bundle';
import { validateLibrary } from '../../../src/core/exchange/validate-library';
import { makeResearcher } from '../exchange/library-builders';
import { VERSION_CASES, claimAt, makeNewVersion, originalSource, type Expected } from './version-fixtures';

const actor = { researcherId: 'r-alice', now: '2024-07-01T10:00:00.000Z' };

describe('reanchorClaims on hand-made new versions of corpus documents', () => {
  const rows: string[] = [];

  for (const testCase of VERSION_CASES) {
    it(`${testCase.original}: ${testCase.edits}`, () => {
      const from = originalSource(testCase.original);
      const to = makeNewVersion(from, testCase.edited);
      const claims = testCase.claims.map((c, i) => claimAt(from, c, `claim-${i}`));
      const result = reanchorClaims(claims, from, to, actor);

      const outcome = (id: string): Expected =>
        result.moved.includes(id) ? 'moved' : result.changed.includes(id) ? 'changed' : 'orphaned';
      const tally = (kind: Expected, of: (i: number) => Expected) =>
        testCase.claims.filter((_, i) => of(i) === kind).length;
      const got = (i: number) => outcome(`claim-${i}`);
      const wanted = (i: number) => testCase.claims[i]!.expect;
      rows.push(
        `| ${testCase.edited} | ${claims.length} | ${tally('moved', got)} / ${tally('moved', wanted)} | ` +
          `${tally('changed', got)} / ${tally('changed', wanted)} | ` +
          `${tally('orphaned', got)} / ${tally('orphaned', wanted)} |`,
      );

      expect(result.claims).toHaveLength(claims.length);
      testCase.claims.forEach((c, i) => {
        const claim = result.claims[i]!;
        expect({ quote: c.quote, outcome: got(i) }).toEqual({ quote: c.quote, outcome: c.expect });
        expect(claim.sourceId).toBe(to.id);
        expect(claim.target.source).toBe(to.id);
        expect(claim.updatedAt > claims[i]!.updatedAt).toBe(true);
        const [quote, position] = claim.target.selector;
        if (c.expect === 'orphaned') {
          // Kept with its old quote, to be listed on the new source.
          expect(claim.target.orphaned).toBe(true);
          expect(quote.exact).toBe(c.quote);
          return;
        }
        expect(claim.target.orphaned).toBeUndefined();
        expect(to.text.slice(position.start, position.end)).toBe(quote.exact);
        if (c.expect === 'changed') {
          expect(quote.exact).toBe(c.now);
          expect(claim.target.previousQuote).toBe(c.quote);
        } else {
          expect(quote.exact.replace(/\s+/g, ' ')).toBe(c.quote);
          expect(claim.target.previousQuote).toBeUndefined();
        }
        if (c.within) {
          const at = to.text.indexOf(c.within);
          expect(position.start).toBeGreaterThanOrEqual(at);
          expect(position.end).toBeLessThanOrEqual(at + c.within.length);
        }
      });

      // The library with both versions and the moved claims is one our own bundle validation accepts.
      const library = {
        researchers: [makeResearcher()],
        tags: [],
        sources: [from, to],
        claims: result.claims,
        briefings: [],
      };
      expect(validateLibrary(library)).toEqual({ ok: true });
      // `supersedes`, `previousQuote` and `orphaned` travel through a bundle unchanged.
      const parsed = parseBundle(serialiseBundle(createBundle(library, actor.now)));
      expect(parsed.ok && parsed.bundle.library.sources[1]).toEqual(to);
      expect(parsed.ok && parsed.bundle.library.claims).toEqual(result.claims);
    });
  }

  it('prints the re-anchoring results (found / expected)', () => {
    console.log(
      [
        '| new version | claims | moved | changed (check) | orphaned |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
      ].join('\n'),
    );
    expect(rows).toHaveLength(VERSION_CASES.length);
  });

  it('leaves deleted claims and claims of other sources alone', () => {
    const from = originalSource(VERSION_CASES[0]!.original);
    const to = makeNewVersion(from, VERSION_CASES[0]!.edited);
    const live = claimAt(from, { quote: '12th December 2017', expect: 'moved' }, 'live');
    const deleted = { ...claimAt(from, { quote: 'Lord Porter', expect: 'moved' }, 'gone'), deleted: true };
    const other = { ...live, id: 'other', sourceId: 'f'.repeat(64) };
    const result = reanchorClaims([live, deleted, other], from, to, actor);
    expect(result.claims.map((c) => c.id)).toEqual(['live']);
  });
});
