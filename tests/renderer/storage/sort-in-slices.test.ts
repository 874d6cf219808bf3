// The library's order, sorted in slices so no task runs long: it must be exactly the order a stable
// collator sort gives (accents, case and numbers as the collator places them; equal titles keep the order
// they were read in), for short and long lists, and the thread must be handed back on the way.
import { describe, expect, it } from 'vitest';
import { sortInSlices } from '../../../src/renderer/storage/sort-in-slices';

const byTitle = new Intl.Collator().compare;
type Item = { title: string; n: number };
const compare = (a: Item, b: Item) => byTitle(a.title, b.title);

const words = [
  'Éclair',
  'eclair',
  'zebra',
  'Zebra',
  'apple',
  'Äpfel',
  'item 10',
  'item 9',
  'Ωmega',
  'ångström',
  '',
];

function makeItems(count: number): Item[] {
  // A fixed pseudo-random spread of titles, many of them equal, so stability is tested too.
  let seed = 7;
  return Array.from({ length: count }, (_, n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const word = words[seed % words.length] as string;
    return { title: seed % 3 === 0 ? `${word} ${seed % 50}` : word, n };
  });
}

describe('sorting in slices', () => {
  it.each([0, 1, 5, 511, 512, 513, 1500, 4096, 10_001])(
    'gives the stable collator order for %i items',
    async (count) => {
      const items = makeItems(count);
      const sorted = await sortInSlices(items, compare);
      expect(sorted).toEqual([...items].sort(compare));
      expect(items.map((i) => i.n)).toEqual(Array.from({ length: count }, (_, n) => n));
    },
  );

  it('hands the thread back while it sorts a long list', async () => {
    const items = makeItems(20_000);
    let yields = 0;
    const slowCompare = (a: Item, b: Item) => {
      const until = performance.now() + 0.001;
      while (performance.now() < until);
      return compare(a, b);
    };
    const sorted = await sortInSlices(items, slowCompare, async () => {
      yields++;
    });
    expect(yields).toBeGreaterThan(1);
    expect(sorted).toEqual([...items].sort(compare));
  });
});
