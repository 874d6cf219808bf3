// isSameJson is the merge's first question before it spells two versions canonically: it must never call
// two records the same when their canonical texts differ (a merge would then count an update as unchanged
// and lose a conflict), and for JSON as files hold it, it must agree with the canonical texts exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/exchange/canonical-json';
import { isSameJson } from '../../../src/core/exchange/same-json';

/** The same JSON value with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).reverse();
  return Object.fromEntries(entries.map(([k, v]) => [k, reversedKeys(v)]));
}

describe('isSameJson', () => {
  it('agrees with the canonical texts on values as JSON.parse gives them', () => {
    const json = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(isSameJson(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
      }),
      { numRuns: 2_000 },
    );
  });

  it('finds a value the same as itself written with its keys in another order', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const parsed = JSON.parse(JSON.stringify(value)) as unknown;
        expect(isSameJson(parsed, reversedKeys(parsed))).toBe(true);
      }),
    );
  });

  it('tells apart values that differ deep inside, in a list item or a missing field', () => {
    const record = { id: 'c1', target: { selector: [{ exact: 'a' }, { start: 1, end: 2 }] }, tagIds: ['t'] };
    const moved = { id: 'c1', target: { selector: [{ exact: 'a' }, { start: 1, end: 3 }] }, tagIds: ['t'] };
    expect(isSameJson(record, moved)).toBe(false);
    expect(isSameJson(record, { ...record, tagIds: ['t', 'u'] })).toBe(false);
    expect(isSameJson({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(isSameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });

  it('never calls two values the same when their canonical texts differ, for any values', () => {
    const value = fc.anything({ maxDepth: 3 });
    fc.assert(
      fc.property(value, value, (a, b) => {
        if (isSameJson(a, b)) expect(canonicalJson(a)).toBe(canonicalJson(b));
      }),
      { numRuns: 2_000 },
    );
  });
});
