import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textSimilarity } from '../../../src/core/versions/text-similarity';
import { corpusDocumentFiles } from '../../support/repo-paths';
import { VERSION_CASES, readEdited } from './version-fixtures';

const corpus = corpusDocumentFiles.map((file) => readFileSync(file, 'utf8'));

/** Replaces every `every`-th word of the text with a word not in it. */
function rewriteWords(text: string, every: number): string {
  let n = 0;
  return text.replace(/[\p{L}\p{N}]+/gu, (word) => ((n += 1) % every === 0 ? `zq${n}` : word));
}

describe('textSimilarity', () => {
  it('is 1 for the same text, whatever its spacing, case and punctuation', () => {
    const text = corpus[2]!;
    expect(textSimilarity(text, text)).toBe(1);
    expect(textSimilarity(text, text.toUpperCase().replace(/\s+/g, '  '))).toBe(1);
  });

  it('keeps a document whose paragraphs were reordered above the 60% line', () => {
    const text = corpus[3]!;
    const reordered = text.split('\n\n').reverse().join('\n\n');
    expect(textSimilarity(text, reordered)).toBeGreaterThan(0.9);
  });

  it('rates the hand-made new versions of corpus documents at 60% or more', () => {
    for (const c of VERSION_CASES) {
      const original = corpus[corpusDocumentFiles.findIndex((f) => f.endsWith(c.original))]!;
      expect(textSimilarity(original, readEdited(c.edited))).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('falls as more words change: one in twenty keeps it above 60%, one in four takes it below', () => {
    const text = corpus[1]!;
    expect(textSimilarity(text, rewriteWords(text, 20))).toBeGreaterThan(0.6);
    expect(textSimilarity(text, rewriteWords(text, 4))).toBeLessThan(0.6);
  });

  it('rates different corpus documents far below 60%, either way round', () => {
    for (let i = 0; i < corpus.length; i++)
      for (let j = 0; j < corpus.length; j++) {
        if (i === j) continue;
        expect(textSimilarity(corpus[i]!, corpus[j]!)).toBeLessThan(0.3);
        expect(textSimilarity(corpus[i]!, corpus[j]!)).toBe(textSimilarity(corpus[j]!, corpus[i]!));
      }
  });

  it('measures against the larger text: a short excerpt of a long document is not a version of it', () => {
    const text = corpus[1]!;
    expect(textSimilarity(text.slice(0, text.length / 3), text)).toBeLessThan(0.6);
  });
});
