import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/core/text/hash';

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vectors', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes strings as UTF-8, the same as their bytes', async () => {
    const text = '£30m “quoted” – done';
    expect(await sha256Hex(text)).toBe(await sha256Hex(new TextEncoder().encode(text)));
    expect(await sha256Hex(new Uint8Array([0xa3]))).not.toBe(await sha256Hex('£'));
  });
});
