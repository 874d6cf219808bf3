// One spelling of a JSON value, whatever order its keys were written in: the basis for comparing records
// and for the merge's last tie-break, so every replica sees the same record as the same text.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Copies `value` with object keys in a fixed order: the `leading` keys first (in that order), then the rest
 * sorted by UTF-16 code unit. Undefined properties are dropped, as JSON.stringify would.
 */
export function orderKeysDeep(value: unknown, leading: readonly string[] = []): Json {
  if (Array.isArray(value)) return value.map((item) => orderKeysDeep(item ?? null, leading));
  if (value === null || typeof value !== 'object') return (value ?? null) as Json;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined);
  const first = leading.filter((k) => keys.includes(k));
  const rest = keys.filter((k) => !leading.includes(k)).sort(byCodeUnit);
  const out: { [key: string]: Json } = {};
  for (const key of [...first, ...rest]) out[key] = orderKeysDeep(record[key], leading);
  return out;
}

/** Compact JSON with every object's keys sorted: equal records give equal strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(orderKeysDeep(value));
}
