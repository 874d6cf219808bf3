// The quick check is compiled from the schemas, so a rule changed in a schema is a rule changed on the
// quick road too; and a schema using something the compiler cannot read stops it at load rather than
// being checked half.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileQuickCheck, UNSURE } from '../../../src/core/exchange/compile-quick-check';

describe('compileQuickCheck', () => {
  it('follows the schema’s limits, patterns, optional fields, tuples and refinements', () => {
    const check = compileQuickCheck(
      z.strictObject({
        id: z
          .string()
          .max(4)
          .regex(/^[a-z]+$/),
        n: z.int().min(0).optional(),
        parts: z.tuple([z.int(), z.int().optional()]),
        span: z.strictObject({ start: z.int(), end: z.int() }).refine((s) => s.start <= s.end),
      }),
    );
    const valid = { id: 'abcd', parts: [1], span: { start: 1, end: 2 } };
    expect(check(valid)).toEqual(valid);
    expect(check({ ...valid, n: 3, parts: [1, 2] })).toEqual({ ...valid, n: 3, parts: [1, 2] });
    for (const broken of [
      { ...valid, id: 'abcde' },
      { ...valid, id: 'AB' },
      { ...valid, n: -1 },
      { ...valid, n: 1.5 },
      { ...valid, parts: [] },
      { ...valid, parts: [1, 2, 3] },
      { ...valid, span: { start: 3, end: 2 } },
      { ...valid, extra: true },
    ]) {
      expect(check(broken)).toBe(UNSURE);
    }
  });

  it('gives the fields in the schema’s order, or the value itself when asked not to copy', () => {
    const check = compileQuickCheck(z.strictObject({ a: z.string(), b: z.boolean() }));
    const value = { b: true, a: 'x' };
    expect(Object.keys(check(value) as object)).toEqual(['a', 'b']);
    expect(check(value, false)).toBe(value);
  });

  it('refuses at load a schema it cannot read', () => {
    expect(() => compileQuickCheck(z.object({ a: z.string() }))).toThrow(/strict objects only/);
    expect(() => compileQuickCheck(z.string().transform((s) => s.length))).toThrow(/cannot read/);
    expect(() => compileQuickCheck(z.email())).toThrow(/cannot read/);
  });
});
