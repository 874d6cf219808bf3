// The app's briefing worker finds a briefing's cross-checks while it reads the sources' texts, from the
// sources' entries alone, and hands them to the draft. What it finds so must be what the draft finds
// itself from the whole sources, in the same order, and the document must come out the same.
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../../scripts/scale/generate-library.mjs';
import { draftBriefing, findBriefingCrossChecks } from '../../../../src/core/briefing/compose-briefing';
import { findCrossCheckFindings } from '../../../../src/core/briefing/compose/cross-check-findings';
import { sortClaims } from '../../../../src/core/briefing/compose/section-context';
import { selectCitableClaims } from '../../../../src/core/briefing/citable-claims';
import type { Library } from '../../../../src/core/model/records';

const library = buildLibrary({
  seed: 1,
  sources: 150,
  claims: 1_500,
  sourceChars: 1_500,
  tags: 30,
}) as Library;
const input = {
  title: 'Briefing',
  claims: library.claims,
  sources: library.sources,
  tags: library.tags,
  style: 'harvard' as const,
  generatedAt: '2026-01-01T00:00:00.000Z',
};

describe('findBriefingCrossChecks', () => {
  it('finds from the sources without their texts what the draft prints', () => {
    const entries = library.sources.map(({ text: _text, ...entry }) => entry);
    const found = findBriefingCrossChecks({ claims: library.claims, sources: entries, tags: library.tags });
    const byId = new Map(library.sources.map((s) => [s.id, s]));
    const own = findCrossCheckFindings(
      sortClaims(selectCitableClaims(library.claims), byId),
      library.sources,
      library.tags,
    );
    expect(found).toEqual(own);
    expect(new Set(found.map((f) => f.kind))).toEqual(new Set(['sum', 'corroboration', 'conflict']));
    expect(draftBriefing({ ...input, crossChecks: found })).toEqual(draftBriefing(input));
  });

  it('is found among the citable claims in the briefing order, whatever order they come in', () => {
    const shuffled = [...library.claims].reverse();
    expect(findBriefingCrossChecks({ ...input, claims: shuffled })).toEqual(findBriefingCrossChecks(input));
  });
});
