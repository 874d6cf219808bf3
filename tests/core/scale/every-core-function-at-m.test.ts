// Every core function that takes a whole collection, run at M's 100,000 claims (the libraries are built
// in memory by the seeded generator): no stack overflow, no string past the engine's limit, no quadratic
// blow-up, and results of the right size. Sources are 1,000 with short texts and tags 2,000, so the test
// stays within a minute on a loaded machine: the rows at 10,000 sources (merge, brief) are the CLI
// benchmark's (scripts/bench-scale-cli.mjs). The codebook runs a tree of 20,000 tags.
import { describe, expect, it } from 'vitest';
import { buildLibrary, divergentPair } from '../../../scripts/scale/generate-library.mjs';
import { applyBriefingFilter } from '../../../src/core/briefing/briefing-claim-filter';
import { checkQuotes } from '../../../src/core/briefing/check-quotes';
import { selectCitableClaims } from '../../../src/core/briefing/citable-claims';
import { composeBriefing } from '../../../src/core/briefing/compose-briefing';
import { writeHtml } from '../../../src/core/briefing/writers/write-html';
import { writeMarkdown } from '../../../src/core/briefing/writers/write-markdown';
import {
  planCodebookImport,
  readCodebookCsv,
  writeCodebookCsv,
} from '../../../src/core/codebook/codebook-csv';
import { descendantIds, flattenTagTree } from '../../../src/core/codebook/tag-tree';
import { crossCheckBadges } from '../../../src/core/crosscheck/cross-check-badges';
import { summariseConflictGroup } from '../../../src/core/crosscheck/conflict-group-summary';
import { findCrossChecks, findGroupedCrossChecks } from '../../../src/core/crosscheck/find-cross-checks';
import { checkMergedLibrary, recordsOf } from '../../../src/core/exchange/check-merged-library';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { findFutureStamp } from '../../../src/core/exchange/future-stamps';
import { mergeLibraries } from '../../../src/core/exchange/merge-libraries';
import { reconcileClaims } from '../../../src/core/exchange/reconcile-claims';
import { writeClaimsCsv } from '../../../src/core/interchange/csv/claims-csv';
import { qdcFormat } from '../../../src/core/interchange/refi-qda/qdc-format';
import { w3cFormat } from '../../../src/core/interchange/w3c/w3c-format';
import type { Tag } from '../../../src/core/model/records';
import { indexLibrary } from '../../../src/core/search/index-library';
import { searchLibrary } from '../../../src/core/search/search-library';
import { referenceConflictGroups } from '../crosscheck/reference-cross-checks';

const M = { sources: 1_000, claims: 100_000, sourceChars: 600, tags: 2_000 };
const NOW = '2026-01-01T00:00:00.000Z';
const library = buildLibrary({ seed: 11, ...M });

describe('every core function at M (100,000 claims)', { timeout: 300_000 }, () => {
  it('merges two divergent copies, reconciles, checks and writes the bundle', () => {
    const [a, b] = divergentPair(library, 11, M);
    const merged = mergeLibraries(a, b);
    expect(merged.library.claims.length).toBeGreaterThan(M.claims);
    expect(merged.conflicts.length).toBeGreaterThan(100);
    const { library: result } = reconcileClaims(merged.library);
    expect(checkMergedLibrary(result, recordsOf(a, b))).toEqual({ ok: true });
    // Written as the export writes it (reading it back is the CLI benchmark's row: the schema at M).
    expect(serialiseBundle(createBundle(result, NOW)).length).toBeGreaterThan(result.claims.length * 500);
    expect(findFutureStamp(result, NOW)).toBeNull();
  });

  it('finds cross-checks and badges among every claim', () => {
    const checks = findCrossChecks(library.claims, library.sources);
    expect(checks.corroborations.length + checks.conflicts.length).toBeGreaterThan(0);
    expect(crossCheckBadges(checks).size).toBeGreaterThan(0);
    // The briefing prints each group once: far fewer than the pairs, every pair in one group.
    const groups = findGroupedCrossChecks(library.claims, library.sources).conflictGroups;
    expect(groups.length).toBeLessThan(checks.conflicts.length / 10);
    expect(groups.reduce((n, g) => n + g.pairCount, 0)).toBe(checks.conflicts.length);
    expect(groups).toEqual(referenceConflictGroups(checks.conflicts));
    // The app's Cross-checks tab gets the same groups summarised, and its badges from them are the pairs'.
    const summaries = groups.map(summariseConflictGroup);
    expect(crossCheckBadges({ ...checks, conflicts: summaries })).toEqual(crossCheckBadges(checks));
  });

  it('builds the search index and searches it', () => {
    const index = indexLibrary(library);
    const results = searchLibrary(index, 'council spent');
    expect(results.claims.length + results.groups.length).toBeGreaterThan(0);
  });

  it('filters claims and writes the interchange exports', () => {
    const citable = selectCitableClaims(library.claims);
    expect(citable.length).toBeGreaterThan(M.claims / 2);
    const tagged = applyBriefingFilter(citable, { kinds: ['figure', 'date'], tagIds: [library.tags[1]!.id] });
    expect(tagged.length).toBeGreaterThan(0);
    expect(writeClaimsCsv(library).split('\n').length).toBeGreaterThan(M.claims * 0.9);
    expect(w3cFormat.write!(library, { now: NOW }).length).toBeGreaterThan(M.claims * 100);
  });

  it('composes and writes a briefing of 100,000 claims', () => {
    const few = buildLibrary({ seed: 12, sources: 200, claims: 100_000, sourceChars: 3_000, tags: 2_000 });
    const doc = composeBriefing({
      title: 'All claims',
      claims: few.claims,
      sources: few.sources,
      tags: few.tags,
      style: 'harvard',
      generatedAt: NOW,
    });
    expect(doc.citations.length).toBeGreaterThan(50_000);
    expect(checkQuotes(doc)).toEqual([]);
    expect(writeMarkdown(doc).length).toBeGreaterThan(doc.citations.length * 50);
    expect(writeHtml(doc).length).toBeGreaterThan(doc.citations.length * 50);
  });

  it('walks, exports and re-imports a codebook of 20,000 tags', () => {
    const tags: Tag[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `tag-${i}`,
      name: `Tag ${i}`,
      parentId: i === 0 ? null : `tag-${Math.floor((i - 1) / 3)}`,
      colour: '#336699',
      description: '',
      updatedAt: NOW,
      updatedBy: 'r',
      deleted: false,
    }));
    expect(flattenTagTree(tags)).toHaveLength(tags.length);
    expect(descendantIds(tags, 'tag-0').size).toBe(tags.length);
    const csv = writeCodebookCsv(tags);
    const read = readCodebookCsv(csv);
    expect(read.ok).toBe(true);
    expect(qdcFormat.write!({ ...library, tags }, { now: NOW }).length).toBeGreaterThan(tags.length * 50);
    // The same codebook read back changes nothing: every path is found in the tree.
    const plan = planCodebookImport(
      tags,
      read.ok ? read.rows : [],
      { researcherId: 'r', now: NOW },
      () => 'new',
    );
    expect(plan).toEqual({ created: [], updated: [], unchanged: tags.length });
  });
});
