// A part fetched on first use is fetched once and shared; a failed fetch is forgotten, so the next call
// tries again (a chunk that did not arrive may arrive the next time), and nothing failed is kept as a value.
import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../../src/renderer/services/load-once';

describe('loadOnce', () => {
  it('fetches once and gives every caller the same promise and value', async () => {
    let fetches = 0;
    const part = loadOnce(async () => ({ fetch: (fetches += 1) }));
    expect([part.pending(), part.value()]).toEqual([undefined, undefined]);
    const first = part.load();
    expect(part.load()).toBe(first);
    expect(part.pending()).toBe(first);
    const value = await first;
    expect(await part.load()).toBe(value);
    expect(part.value()).toBe(value);
    expect(fetches).toBe(1);
  });

  it('forgets a failed fetch, and the next call fetches again', async () => {
    let fetches = 0;
    const part = loadOnce(async () => {
      fetches += 1;
      if (fetches === 1) throw new Error('chunk did not arrive');
      return 'arrived';
    });
    await expect(part.load()).rejects.toThrow('chunk did not arrive');
    expect([part.pending(), part.value()]).toEqual([undefined, undefined]);
    expect(await part.load()).toBe('arrived');
    expect([fetches, part.value()]).toEqual([2, 'arrived']);
  });
});
