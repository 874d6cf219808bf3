// The word scan under the stance detector: each word's hash is that of the word lower-cased, whatever
// its case or script, apostrophes inside words are kept, and a question mark or a sum sign is a word.
import { describe, expect, it } from 'vitest';
import { hashString } from '../../../src/core/suggest/stance-features';
import { scanWords } from '../../../src/core/suggest/word-hashes';

function words(text: string, start = 0, end = text.length) {
  const seen: { hash: number; capitalised: boolean; negative: boolean }[] = [];
  scanWords(text, start, end, (hash, capitalised, negative) => seen.push({ hash, capitalised, negative }));
  return seen;
}

describe('scanWords', () => {
  it('hashes each word as its lower-cased string, and notes a capital', () => {
    const seen = words('The Council’s plan, in 2024: ÉTÉ?');
    expect(seen.map((w) => w.hash)).toEqual(
      ['the', 'council’s', 'plan', 'in', '2024', 'été', '?'].map(hashString),
    );
    expect(seen.map((w) => w.capitalised)).toEqual([true, true, false, false, false, true, false]);
  });

  it('keeps an apostrophe only inside a word, and marks a negative ending', () => {
    const seen = words("We don't agree; they won’t. 'Quoted' words");
    expect(seen.map((w) => w.hash)).toEqual(
      ['we', "don't", 'agree', 'they', 'won’t', 'quoted', 'words'].map(hashString),
    );
    expect(seen.filter((w) => w.negative).map((w) => w.hash)).toEqual([
      hashString("don't"),
      hashString('won’t'),
    ]);
  });

  it('reads only the stretch asked for, and counts a sum sign as a word', () => {
    const text = 'ignored £5 per head ignored';
    expect(words(text, 8, 19).map((w) => w.hash)).toEqual(['£', '5', 'per', 'head'].map(hashString));
  });
});
