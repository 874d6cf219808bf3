// Turns a zod schema of record-schemas.ts into a plain-loop check (quick-record-checks.ts): the schema's
// own definition (types, lengths, patterns, enums, optional and nullable fields, strict objects, tuples,
// unions) read once, when the module loads, into closures that answer "valid, here is the value" or
// UNSURE, so there is one statement of each rule and the quick road cannot drift from it. Refinements run
// through zod's own check of them. A schema using anything this does not know (a transform, a default, a
// non-strict object, a check it cannot read) fails at load, so a schema change is never half-followed.
import type { z } from 'zod';

/** "Not sure": the zod schema decides. */
export const UNSURE = Symbol('unsure');
/** The value, checked (rebuilt in the schema's order when `copy` is not false), or UNSURE. */
export type Check = (value: unknown, copy?: boolean) => unknown;

type Def = { type: string; checks?: ZodCheck[]; [key: string]: unknown };
type ZodCheck = {
  _zod: { def: { check: string; [key: string]: unknown }; check: (payload: Payload) => void };
};
type Payload = { value: unknown; issues: unknown[] };
type Node = { _zod: { def: Def } };

const defOf = (schema: unknown): Def => (schema as Node)._zod.def;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A check for `schema`; throws when the schema uses something it cannot read. */
export function compileQuickCheck(schema: z.ZodType): Check {
  const def = defOf(schema);
  const base = compileType(def);
  const checks = (def.checks ?? []).map(compileRule);
  if (checks.length === 0) return base;
  return (v, copy) => {
    const out = base(v, copy);
    if (out === UNSURE) return UNSURE;
    for (const holds of checks) if (!holds(out)) return UNSURE;
    return out;
  };
}

function compileType(def: Def): Check {
  switch (def.type) {
    case 'string':
      return compileString(def);
    case 'number':
      if (def.format !== undefined && def.format !== 'safeint') break;
      return def.format === 'safeint'
        ? (v) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : UNSURE)
        : (v) => (typeof v === 'number' && Number.isFinite(v) ? v : UNSURE);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : UNSURE);
    case 'enum':
      return oneOf(Object.values(def.entries as Record<string, unknown>));
    case 'literal':
      return oneOf(def.values as unknown[]);
    case 'nullable': {
      const inner = compileQuickCheck(def.innerType as z.ZodType);
      return (v, copy) => (v === null ? null : inner(v, copy));
    }
    case 'array':
      return compileList(compileQuickCheck(def.element as z.ZodType));
    case 'tuple':
      return compileTuple(def);
    case 'union':
      return compileUnion((def.options as z.ZodType[]).map(compileQuickCheck));
    case 'object':
      return compileObject(def);
  }
  throw new Error(`The quick bundle check cannot read a zod "${def.type}" schema.`);
}

function oneOf(values: unknown[]): Check {
  const set = new Set(values);
  return (v) => (set.has(v) ? v : UNSURE);
}

function compileString(def: Def): Check {
  if (def.format !== undefined && def.format !== 'datetime') {
    throw new Error(`The quick bundle check cannot read the string format "${String(def.format)}".`);
  }
  const pattern = def.format === 'datetime' ? (def.pattern as RegExp) : undefined;
  return (v) => (typeof v === 'string' && (!pattern || pattern.test(v)) ? v : UNSURE);
}

/** A rule a schema lists in its checks, as a test of a value already of the right type. */
function compileRule(check: ZodCheck): (v: unknown) => boolean {
  const rule = check._zod.def;
  switch (rule.check) {
    case 'max_length':
      return (v) => (v as { length: number }).length <= (rule.maximum as number);
    case 'min_length':
      return (v) => (v as { length: number }).length >= (rule.minimum as number);
    case 'string_format':
      if (rule.format !== 'regex') break;
      return (v) => (rule.pattern as RegExp).test(v as string);
    case 'greater_than':
      return rule.inclusive
        ? (v) => (v as number) >= (rule.value as number)
        : (v) => (v as number) > (rule.value as number);
    case 'less_than':
      return rule.inclusive
        ? (v) => (v as number) <= (rule.value as number)
        : (v) => (v as number) < (rule.value as number);
    case 'custom':
      // A refinement: zod's own check of it, on a value whose shape has already passed.
      return (v) => {
        const payload: Payload = { value: v, issues: [] };
        check._zod.check(payload);
        return payload.issues.length === 0;
      };
  }
  throw new Error(`The quick bundle check cannot read the zod check "${rule.check}".`);
}

function compileList(item: Check): Check {
  return (v, copy) => {
    if (!Array.isArray(v)) return UNSURE;
    const out = copy === false ? undefined : new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      const checked = item(v[i], copy);
      if (checked === UNSURE) return UNSURE;
      if (out) out[i] = checked;
    }
    return out ?? v;
  };
}

/** Each item by its own schema; trailing optional items may be left out. */
function compileTuple(def: Def): Check {
  if (def.rest) throw new Error('The quick bundle check cannot read a tuple with a rest.');
  const items = (def.items as z.ZodType[]).map((item) => {
    const itemDef = defOf(item);
    const optional = itemDef.type === 'optional';
    return { optional, check: compileQuickCheck((optional ? itemDef.innerType : item) as z.ZodType) };
  });
  return (v, copy) => {
    if (!Array.isArray(v) || v.length > items.length) return UNSURE;
    const out = copy === false ? undefined : new Array<unknown>(v.length);
    for (let i = 0; i < items.length; i++) {
      if (i >= v.length) {
        if (items[i]!.optional) continue;
        return UNSURE;
      }
      const checked = items[i]!.check(v[i], copy);
      if (checked === UNSURE || checked === undefined) return UNSURE;
      if (out) out[i] = checked;
    }
    return out ?? v;
  };
}

/** The first option that takes the value, as zod's union answers. */
function compileUnion(options: Check[]): Check {
  return (v, copy) => {
    for (const option of options) {
      const out = option(v, copy);
      if (out !== UNSURE) return out;
    }
    return UNSURE;
  };
}

/** A strict object: only the shape's fields, the required ones present, rebuilt in the shape's order. */
function compileObject(def: Def): Check {
  if (!def.catchall || defOf(def.catchall).type !== 'never') {
    throw new Error('The quick bundle check reads strict objects only.');
  }
  const fields = Object.entries(def.shape as Record<string, z.ZodType>).map(([key, schema]) => {
    const fieldDef = defOf(schema);
    const optional = fieldDef.type === 'optional';
    return { key, optional, check: compileQuickCheck((optional ? fieldDef.innerType : schema) as z.ZodType) };
  });
  return (v, copy) => {
    if (!isObject(v)) return UNSURE;
    let present = 0;
    const out: Record<string, unknown> | undefined = copy === false ? undefined : {};
    for (const { key, optional, check } of fields) {
      if (!Object.hasOwn(v, key)) {
        if (optional) continue;
        return UNSURE;
      }
      present += 1;
      const checked = check(v[key], copy);
      if (checked === UNSURE || checked === undefined) return UNSURE;
      if (out) out[key] = checked;
    }
    // Every field is one the shape knows: an unknown one (or an inherited name) is zod's to report.
    return Object.keys(v).length === present ? (out ?? v) : UNSURE;
  };
}
