// Hypothesis's export JSON: highlights on a page the library holds become quote claims with their
// comment, tags and author; page notes, replies and pages the library lacks are listed with reasons.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeLibraries } from '../../../../src/core/exchange/merge-libraries';
import { validateLibrary } from '../../../../src/core/exchange/validate-library';
import { hypothesisFormat } from '../../../../src/core/interchange/hypothesis/hypothesis-format';
import { readInterchange } from '../../../../src/core/interchange/read-interchange';
import { w3cFormat } from '../../../../src/core/interchange/w3c/w3c-format';
import { repoRoot } from '../../../support/repo-paths';
import { makeWideLibrary } from '../interchange-builders';

const NOW = '2024-08-02T12:00:00.000Z';
const bytes = readFileSync(
  path.join(repoRoot, 'tests/fixtures/interchange/hypothesis/hypothesis-export.json'),
);

describe('Hypothesis import', () => {
  const library = { ...makeWideLibrary(), claims: [] };
  const context = { existing: library, now: NOW, researcherId: 'r-alice' };

  it('is detected by content, and is not taken for W3C', () => {
    expect(hypothesisFormat.detect(bytes)).toBe(true);
    expect(w3cFormat.detect(bytes)).toBe(false);
    expect(hypothesisFormat.detect(w3cFormat.write!(makeWideLibrary(), { now: NOW }))).toBe(false);
  });

  it('anchors highlights to the page by address and keeps comment, tags, times and author', async () => {
    const { library: incoming, skipped } = await hypothesisFormat.read!(bytes, context);
    const merged = mergeLibraries(library, incoming).library;
    expect(validateLibrary(merged)).toEqual({ ok: true });
    const text = library.sources[0]!.text;
    expect(
      incoming.claims.map((c) => text.slice(c.target.selector[1].start, c.target.selector[1].end)),
    ).toEqual(['£11.22m', 'opposed the cuts']);
    const [first] = incoming.claims;
    expect(first).toMatchObject({
      kind: 'quote',
      note: 'Compare with **last year**.',
      createdAt: '2024-05-20T10:00:00.123Z',
      updatedAt: '2024-05-21T11:00:00.654Z',
    });
    // "Money" is already in the codebook (the library's tag-money); "budget" is new.
    expect(first!.tagIds).toContain('tag-money');
    expect(incoming.tags.map((t) => t.name)).toEqual(['budget']);
    expect(incoming.researchers.map((r) => r.displayName)).toEqual(['Dana Evans']);
    expect(skipped).toEqual([
      { what: expect.stringContaining('I agree'), why: expect.stringContaining('reply') },
      { what: expect.stringContaining('page note'), why: expect.stringContaining('quotes no passage') },
      {
        what: expect.stringContaining('a sentence on another site'),
        why: expect.stringContaining('https://news.example.com/story'),
      },
    ]);
  });

  it('gives the same ids when the same export is imported again', async () => {
    const a = await hypothesisFormat.read!(bytes, context);
    const b = await hypothesisFormat.read!(bytes, context);
    expect(b.library.claims.map((c) => c.id)).toEqual(a.library.claims.map((c) => c.id));
  });

  it('refuses a file stamped more than a day ahead of the clock, as bundles are', async () => {
    await expect(
      readInterchange(hypothesisFormat, bytes, { ...context, now: '2024-05-01T00:00:00.000Z' }),
    ).rejects.toThrow(/more than a day ahead .* a file from the future is refused/);
  });

  it('refuses a file that is not a Hypothesis export', async () => {
    await expect(hypothesisFormat.read!(new TextEncoder().encode('{"rows": 3}'), context)).rejects.toThrow(
      /not a Hypothesis export/,
    );
  });
});
