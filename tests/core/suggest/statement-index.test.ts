// Many statements from one text look its sentences up in one index instead of splitting a window around
// each passage; the statements must be exactly the same, or the app, the CLI and a migration would disagree.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveStatement, indexSentences } from '../../../src/core/suggest/derive-statement';
import { suggestClaims } from '../../../src/core/suggest/suggest-claims';
import { toSuggestedClaim, toSuggestedClaims } from '../../../src/core/suggest/suggestion-fields';
import { corpusDocumentFiles } from '../../support/repo-paths';

const texts = corpusDocumentFiles.map((file) => readFileSync(file, 'utf8'));

/** Spans of every length at every few characters, from a fixed start, so the test is the same each run. */
function spansOver(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let start = 0, step = 0; start < text.length; start += 37 + (step % 11), step++) {
    spans.push([start, Math.min(text.length, start + ((step * 53) % 900))]);
  }
  return spans;
}

describe('statements from a sentence index', () => {
  it('are the statements derived one by one, for suggestions and for any span', () => {
    for (const text of texts) {
      const sentences = indexSentences(text);
      const spans = [
        ...suggestClaims(text).map((s): [number, number] => [s.start, s.end]),
        ...spansOver(text),
      ];
      for (const [start, end] of spans) {
        expect(deriveStatement(text, start, end, sentences)).toBe(deriveStatement(text, start, end));
      }
    }
  });

  it('gives the claims-to-be one by one would, for a text with many suggestions and one with few', () => {
    const text = texts[0] as string;
    const suggestions = suggestClaims(text);
    expect(toSuggestedClaims(suggestions, text)).toEqual(suggestions.map((s) => toSuggestedClaim(s, text)));
    const long = `${text}\n\n${'Filler text without any claims. '.repeat(20000)}`;
    const few = suggestions.slice(0, 2);
    expect(toSuggestedClaims(few, long)).toEqual(few.map((s) => toSuggestedClaim(s, long)));
  });
});
