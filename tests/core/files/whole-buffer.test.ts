// A view is moved or sent as is only when it spans its whole buffer; any narrower view must be copied.
import { describe, expect, it } from 'vitest';
import { spansWholeBuffer } from '../../../src/core/files/whole-buffer';

describe('spansWholeBuffer', () => {
  it('is true for a view over its entire buffer', () => {
    expect(spansWholeBuffer(new Uint8Array(16))).toBe(true);
    expect(spansWholeBuffer(new Uint8Array(0))).toBe(true);
  });

  it('is false for a view that starts late or ends early', () => {
    const buffer = new ArrayBuffer(16);
    expect(spansWholeBuffer(new Uint8Array(buffer, 4))).toBe(false);
    expect(spansWholeBuffer(new Uint8Array(buffer, 0, 8))).toBe(false);
    expect(spansWholeBuffer(new Uint8Array(buffer).subarray(1, 15))).toBe(false);
  });
});
