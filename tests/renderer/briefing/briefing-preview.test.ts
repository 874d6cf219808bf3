// The preview of a large briefing: the document's start, up to a number of citations, reading as the
// whole one does up to there: every citation it shows has its note and its own reference.
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../scripts/scale/generate-library.mjs';
import { composeBriefing, draftBriefing, finishBriefing } from '../../../src/core/briefing/compose-briefing';
import type { Inlines } from '../../../src/core/briefing/document/briefing-document';
import { previewOf, startOf } from '../../../src/renderer/features/briefing/briefing-preview';

const library = buildLibrary({ seed: 3, sources: 30, claims: 400, sourceChars: 2_000, tags: 8 });
const input = {
  title: 'All',
  claims: library.claims,
  sources: library.sources.filter((s) => !s.deleted),
  tags: library.tags,
  style: 'apa' as const,
  generatedAt: '2026-01-01T00:00:00.000Z',
};
const doc = composeBriefing(input);

const citesOf = (content: Inlines) => content.flatMap((part) => (part.type === 'cite' ? [part.n] : []));

describe('the briefing preview', () => {
  it('is the whole document when it is small enough', () => {
    expect(previewOf(doc, doc.citations.length)).toBe(doc);
  });

  it('keeps the first citations, the content citing only them, and their references', () => {
    const limit = 40;
    expect(doc.citations.length).toBeGreaterThan(limit * 2);
    const preview = previewOf(doc, limit);
    expect(preview.citations.map((c) => c.n)).toEqual(Array.from({ length: limit }, (_, i) => i + 1));
    const cited = preview.sections.flatMap((section) =>
      section.blocks.flatMap((block) => {
        if (block.type === 'paragraph') return citesOf(block.content);
        if (block.type === 'list') return block.items.flatMap(citesOf);
        if (block.type === 'table') return block.rows.flat().flatMap(citesOf);
        return [];
      }),
    );
    expect(cited.length).toBeGreaterThan(0);
    expect(Math.max(...cited)).toBeLessThanOrEqual(limit);
    const shown = new Set(preview.citations.map((c) => c.n));
    expect(cited.every((n) => shown.has(n))).toBe(true);
    for (const citation of preview.citations) {
      const original = doc.citations[citation.n - 1]!;
      expect(preview.references[citation.reference]).toEqual(doc.references[original.reference]);
    }
    expect(preview.references.length).toBeLessThan(doc.references.length);
  });

  it('is the same drawn from a briefing finished for its first citations only', () => {
    const limit = 40;
    const start = finishBriefing(draftBriefing(input), { onlyFirst: limit });
    expect(start.citations).toHaveLength(limit);
    expect(startOf(start, limit)).toEqual(previewOf(doc, limit));
  });
});
