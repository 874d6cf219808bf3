import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, findApproximateMatches } from '../../../src/core/anchoring/approximate-match';

/** Plain dynamic-programming reference: the lowest edit distance of the pattern ending at each position. */
function referenceBestErrors(text: string, pattern: string): number {
  let previous = Array.from({ length: text.length + 1 }, () => 0);
  for (let i = 1; i <= pattern.length; i++) {
    const current = [i];
    for (let j = 1; j <= text.length; j++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return Math.min(...previous);
}

describe('findApproximateMatches', () => {
  it('finds a quote with a few edits and reports where it starts and ends', () => {
    const text = 'The council said it would spend £30m on children’s services next year.';
    const [match] = findApproximateMatches(text, 'it will spend £30m on childrens services', 10);
    expect(match).toBeDefined();
    expect(text.slice(match!.start, match!.end)).toBe('it would spend £30m on children’s services');
    // will -> would (3 edits) and the apostrophe (1).
    expect(match!.errors).toBe(4);
  });

  it('works for patterns longer than one 32-bit block', () => {
    const sentence =
      'Officials from the Department for Education told LGC that about 10% of the 60 strongest applications';
    const text = `Intro. ${sentence.replace('strongest', 'strongst').replace('told', 'tld')} Outro.`;
    const [match] = findApproximateMatches(text, sentence, 25);
    expect(match).toMatchObject({ errors: 2 });
    expect(text.slice(match!.start, match!.end)).toBe(
      sentence.replace('strongest', 'strongst').replace('told', 'tld'),
    );
  });

  it('agrees with a plain dynamic-programming search on the best error count', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 80 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 70 }),
        (text, pattern) => {
          const best = referenceBestErrors(text, pattern);
          const found = findApproximateMatches(text, pattern, pattern.length - 1);
          if (best >= pattern.length) expect(found).toEqual([]);
          else expect(Math.min(...found.map((m) => m.errors))).toBe(best);
          for (const m of found) expect(editDistance(text.slice(m.start, m.end), pattern)).toBe(m.errors);
        },
      ),
      { numRuns: 300 },
    );
  });
});
