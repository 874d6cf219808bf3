// A briefing finished for its first citations only (`onlyFirst`, the app's early preview) must read, up
// to there, exactly as the whole briefing: those citations only, with the same in-text forms and
// reference texts, and references that are the whole briefing's, in its order, with none missing for them.
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../scripts/scale/generate-library.mjs';
import { draftBriefing, finishBriefing } from '../../../src/core/briefing/compose-briefing';
import { createCitationCache } from '../../../src/core/briefing/csl/citation-cache';
import { CITATION_STYLES } from '../../../src/core/briefing/csl/citation-styles';
import type { Library } from '../../../src/core/model/records';

const library = buildLibrary({ seed: 5, sources: 60, claims: 700, sourceChars: 1_500, tags: 10 }) as Library;
const FIRST = 40;

describe('finishBriefing', () => {
  for (const { id: style } of CITATION_STYLES) {
    it(`finishes the first citations as the whole briefing has them, in ${style}`, () => {
      const draft = draftBriefing({
        title: 'Briefing',
        claims: library.claims,
        sources: library.sources,
        tags: library.tags,
        style,
        generatedAt: '2026-01-01T00:00:00.000Z',
      });
      const cache = createCitationCache();
      const start = finishBriefing(draft, { cache, onlyFirst: FIRST });
      const whole = finishBriefing(draft);
      expect(whole.citations.length).toBeGreaterThan(FIRST);
      // Only the start's citations are written; the sections still cite the rest.
      expect(start.citations.map((c) => c.n)).toEqual(whole.citations.slice(0, FIRST).map((c) => c.n));
      expect(start.references.length).toBeLessThan(whole.references.length);

      const referenceOf = (doc: typeof whole, n: number) => doc.references[doc.citations[n]!.reference]?.text;
      for (let n = 0; n < FIRST; n++) {
        expect(start.citations[n]!.inText).toBe(whole.citations[n]!.inText);
        expect(referenceOf(start, n)).toBe(referenceOf(whole, n));
      }
      const order = whole.references.map((r) => r.sourceId);
      const positions = start.references.map((r) => order.indexOf(r.sourceId));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(start.references).toEqual(positions.map((i) => whole.references[i]));
      // Finished again through the cache the start filled, the whole reads the same.
      expect(finishBriefing(draft, { cache })).toEqual(whole);
    }, 60_000);
  }
});
