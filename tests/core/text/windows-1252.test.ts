import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '../../../src/core/text/windows-1252';

describe('decodeWindows1252', () => {
  it('maps 0x80-0x9F to the WHATWG characters (Node 20 TextDecoder gets these wrong)', () => {
    const bytes = new Uint8Array([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99, 0x9f]);
    expect(decodeWindows1252(bytes)).toBe('€…‘’“”•–—™Ÿ');
  });

  it('maps ASCII and Latin-1 bytes to themselves, one character per byte', () => {
    const bytes = new Uint8Array([0x41, 0xa3, 0xa0, 0xe9, 0xff, 0x81, 0x8d]);
    expect(decodeWindows1252(bytes)).toBe('A£\u00a0éÿ\u0081\u008d');
    const long = new Uint8Array(20_000).fill(0x92);
    expect(decodeWindows1252(long)).toBe('’'.repeat(20_000));
  });
});
