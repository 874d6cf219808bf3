// Positions convert between UTF-16 code units (ours) and characters (REFI-QDA's) exactly, both ways, over
// text with emoji (surrogate pairs), CJK from both planes, and a lone surrogate; and GUIDs are stable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexCodePoints } from '../../../../src/core/interchange/refi-qda/code-points';
import { guidOf, normaliseGuid } from '../../../../src/core/interchange/refi-qda/qda-guid';

describe('code points', () => {
  it('counts an emoji or a supplementary CJK character once, a BMP character once', () => {
    const text = 'a😀北𠀋b';
    const index = indexCodePoints(text);
    expect([0, 1, 3, 4, 6, 7].map((offset) => index.toCodePoint(offset))).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map((position) => index.fromCodePoint(position))).toEqual([0, 1, 3, 4, 6, 7]);
    expect(index.fromCodePoint(6)).toBe(-1);
  });

  it('agrees with Array.from on any text, both ways', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const characters = Array.from(text);
        const index = indexCodePoints(text);
        let offset = 0;
        characters.forEach((character, position) => {
          expect(index.fromCodePoint(position)).toBe(offset);
          expect(index.toCodePoint(offset)).toBe(position);
          offset += character.length;
        });
        expect(index.toCodePoint(text.length)).toBe(characters.length);
        expect(index.fromCodePoint(characters.length)).toBe(text.length);
      }),
    );
  });
});

describe('GUIDs', () => {
  it('a UUID id is its own GUID; a SHA-256 gives its first 128 bits; others a stable derived one', () => {
    expect(guidOf('0b7c7e3e-3c1f-4b59-9d55-5a0c2b1f0a01')).toBe('0b7c7e3e-3c1f-4b59-9d55-5a0c2b1f0a01');
    const sha = 'ab'.repeat(32);
    expect(guidOf(sha).replace(/-/g, '').slice(0, 12)).toBe(sha.slice(0, 12));
    expect(guidOf('r-alice')).toBe(guidOf('r-alice'));
    expect(guidOf('r-alice')).not.toBe(guidOf('r-bob'));
    expect(guidOf('x', 'note')).not.toBe(guidOf('x', 'statement'));
    for (const guid of [guidOf(sha), guidOf('r-alice'), guidOf('x', 'note')]) {
      expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('GUIDs from other tools are read in our form: lower case, without braces', () => {
    expect(normaliseGuid('{AAAAAAAA-1111-4111-8111-AAAAAAAAAAAA}')).toBe(
      'aaaaaaaa-1111-4111-8111-aaaaaaaaaaaa',
    );
    expect(normaliseGuid('not-a-guid')).toBeNull();
    expect(normaliseGuid(undefined)).toBeNull();
  });
});
