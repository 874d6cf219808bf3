import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/core/anchoring/edit-distance';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('£30m on services', '£30m on the services')).toBe(4);
  });
});
