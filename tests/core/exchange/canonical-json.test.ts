// orderKeysDeep writes every bundle: a bundle read from a file is already in its order and is written
// again without being copied, while anything out of order (a record the merge made) is copied in order.
// Either way the text must be exactly that of a full ordered copy.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byCodeUnit, orderKeysDeep } from '../../../src/core/exchange/canonical-json';

const LEADING = ['id', 'type', 'b'];

/** The order written out in full, as a fresh copy of everything. */
function fullCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => fullCopy(item ?? null));
  if (value === null || typeof value !== 'object') return value ?? null;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined);
  const first = LEADING.filter((k) => keys.includes(k));
  const rest = keys.filter((k) => !LEADING.includes(k)).sort(byCodeUnit);
  return Object.fromEntries([...first, ...rest].map((k) => [k, fullCopy(record[k])]));
}

const json = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(fc.constantFrom('id', 'type', 'b', 'a', 'z', 'x1', 'A'), fc.jsonValue({ maxDepth: 3 })),
);

describe('orderKeysDeep', () => {
  it('writes the same text as a full ordered copy, whatever order the keys came in', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(JSON.stringify(orderKeysDeep(value, LEADING))).toBe(JSON.stringify(fullCopy(value)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('keeps a field named "__proto__" that JSON.parse gave the record, in or out of order', () => {
    for (const text of ['{"z":1,"__proto__":false}', '{"__proto__":false,"a":{"z":1,"b":2}}']) {
      const written = JSON.stringify(orderKeysDeep(JSON.parse(text), LEADING));
      expect(JSON.parse(written)).toEqual(JSON.parse(text));
      expect(written).toContain('"__proto__":false');
    }
  });

  it('returns a value already in order as it is, and copies only the part out of order', () => {
    const inOrder = { id: 'r', type: 'x', a: [1, { id: 2, c: 3 }], z: { b: 1, q: 2 } };
    expect(orderKeysDeep(inOrder, LEADING)).toBe(inOrder);
    const oneOut = { id: 'r', a: [1], n: { q: 2, b: 1 }, z: { c: 1 } };
    const written = orderKeysDeep(oneOut, LEADING) as Record<string, unknown>;
    expect(written).not.toBe(oneOut);
    expect(Object.keys(written.n as object)).toEqual(['b', 'q']);
    expect(written.a).toBe(oneOut.a);
    expect(written.z).toBe(oneOut.z);
  });

  it('drops undefined fields and writes undefined list items as null, as JSON.stringify would', () => {
    const value = { id: 'r', a: undefined, list: [undefined, 1] };
    expect(JSON.stringify(orderKeysDeep(value, LEADING))).toBe('{"id":"r","list":[null,1]}');
  });
});
