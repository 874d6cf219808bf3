import { describe, expect, it } from 'vitest';
import { speedUpCaseless } from '../../../src/core/suggest/caseless-patterns';
import { COMMITMENT } from '../../../src/core/suggest/commitment-cues';

describe('speedUpCaseless', () => {
  it('matches what the `iu` pattern matches on plain text, groups and positions included', () => {
    const exact = /\b(?:calls?|urged)[ \u00a0]+(\w+)\b/iu;
    const fast = speedUpCaseless(exact);
    for (const s of ['The LGA Calls  on ministers', 'nothing here', 'they URGED councils to act']) {
      expect(fast.exec(s)).toEqual(exact.exec(s));
      expect(fast.test(s)).toBe(exact.test(s));
    }
  });

  it('keeps the `iu` meaning where plain `i` would differ: the long s, the Kelvin sign, astral characters', () => {
    // U+212A folds to "k" and U+017F to "s" only with the `u` flag
    const keep = speedUpCaseless(/\bkeep\b/iu);
    expect(keep.test('we \u212Aeep it')).toBe(true);
    expect(/\bkeep\b/i.test('we \u212Aeep it')).toBe(false);
    expect(speedUpCaseless(/\bsaid\b/iu).test('he \u017Faid')).toBe(true);
    // an emoji is one character with `u`, two without
    const two = speedUpCaseless(/^a[^x]{1}b$/iu);
    expect(two.test('a😀b')).toBe(true);
    expect(/^a[^x]{1}b$/i.test('a😀b')).toBe(false);
  });

  it('follows lastIndex for a global pattern, as the exact one does', () => {
    const exact = /\bwill\b/giu;
    const fast = speedUpCaseless(exact);
    const text = 'We will act. They Will not. It will.';
    const positions = (re: RegExp) => [...text.matchAll(re)].map((m) => m.index);
    expect(positions(fast)).toEqual(positions(exact));
    expect(text.replace(fast, 'shall')).toBe(text.replace(exact, 'shall'));
    fast.lastIndex = 0;
    fast.exec(text);
    expect(fast.lastIndex).toBe(7);
  });

  it('refuses a pattern whose meaning needs the `u` flag', () => {
    expect(() => speedUpCaseless(/\p{Lu}x/iu)).toThrow();
    expect(() => speedUpCaseless(/x/i)).toThrow();
  });

  it('is what the cue patterns run as, with their matches unchanged', () => {
    const clause = 'My Government will introduce a Bill to reform social care.';
    expect(COMMITMENT.exec(clause)?.[0]).toBe('My Government will introduce');
  });
});
