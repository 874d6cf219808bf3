// A bundle carries a source text of up to LIMITS.sourceText characters, so every text import accepts can
// be exported and imported again: limit − 1 and limit validate, limit + 1 is refused naming the field.
import { describe, expect, it } from 'vitest';
import { createBundle, serialiseBundle } from '../../../src/core/exchange/create-bundle';
import { parseBundle } from '../../../src/core/exchange/parse-bundle';
import { LIMITS } from '../../../src/core/limits';
import { makeCorpusSource, makeResearcher } from './library-builders';

function bundleWithText(length: number): string {
  const source = { ...makeCorpusSource('000_38c8a26222ede8aa.txt'), text: 'a'.repeat(length) };
  const library = { researchers: [makeResearcher()], tags: [], sources: [source], claims: [], briefings: [] };
  return serialiseBundle(createBundle(library, '2024-06-01T12:00:00.000Z'));
}

describe('bundle source text limit', () => {
  it('accepts a text of limit − 1 and limit characters and refuses limit + 1', () => {
    for (const length of [LIMITS.sourceText - 1, LIMITS.sourceText]) {
      const parsed = parseBundle(bundleWithText(length));
      expect(parsed.ok && parsed.bundle.library.sources[0]!.text.length).toBe(length);
    }
    const parsed = parseBundle(bundleWithText(LIMITS.sourceText + 1));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(`at most ${LIMITS.sourceText} characters`);
  }, 60_000);
});
