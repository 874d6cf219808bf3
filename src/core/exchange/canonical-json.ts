// One spelling of a JSON value, whatever order its keys were written in: the basis for comparing records
// and for the merge's last tie-break, so every replica sees the same record as the same text.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `value` with object keys in a fixed order: the `leading` keys first (in that order), then the rest
 * sorted by UTF-16 code unit. Undefined properties are dropped, as JSON.stringify would. Objects and
 * lists already in that order are returned as they are, not copied (a bundle read from a file, written
 * by this order, is written again without building it twice); only what is out of order is copied.
 */
export function orderKeysDeep(value: unknown, leading: readonly string[] = []): Json {
  return ordered(value, new Map(leading.map((key, i) => [key, i])));
}

function ordered(value: unknown, rank: ReadonlyMap<string, number>): Json {
  if (Array.isArray(value)) return orderedList(value, rank);
  if (value === null || typeof value !== 'object') return (value ?? null) as Json;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (!isInOrder(record, keys, rank)) return orderedCopy(record, keys, rank);
  let copy: { [key: string]: Json } | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const item = ordered(record[key], rank);
    if (copy === undefined && item !== record[key]) {
      copy = {};
      for (let j = 0; j < i; j++) setOwn(copy, keys[j]!, record[keys[j]!] as Json);
    }
    if (copy !== undefined) setOwn(copy, key, item);
  }
  return copy ?? (record as { [key: string]: Json });
}

function orderedList(list: unknown[], rank: ReadonlyMap<string, number>): Json[] {
  let copy: Json[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const item = ordered(list[i] ?? null, rank);
    if (copy === undefined && item !== list[i]) copy = list.slice(0, i) as Json[];
    if (copy !== undefined) copy.push(item);
  }
  return copy ?? (list as Json[]);
}

/** Whether the keys are the leading ones in rank order, then the rest ascending, none undefined. */
function isInOrder(record: Record<string, unknown>, keys: string[], rank: ReadonlyMap<string, number>) {
  let lastRank = -1;
  let lastRest: string | undefined;
  for (const key of keys) {
    if (record[key] === undefined) return false;
    const at = rank.get(key);
    if (at !== undefined) {
      if (lastRest !== undefined || at <= lastRank) return false;
      lastRank = at;
    } else {
      if (lastRest !== undefined && !(lastRest < key)) return false;
      lastRest = key;
    }
  }
  return true;
}

function orderedCopy(record: Record<string, unknown>, keys: string[], rank: ReadonlyMap<string, number>) {
  const defined = keys.filter((k) => record[k] !== undefined);
  const first = defined.filter((k) => rank.has(k)).sort((x, y) => rank.get(x)! - rank.get(y)!);
  const rest = defined.filter((k) => !rank.has(k)).sort(byCodeUnit);
  const out: { [key: string]: Json } = {};
  for (const key of [...first, ...rest]) setOwn(out, key, ordered(record[key], rank));
  return out;
}

/**
 * Sets an own property. JSON.parse gives a record a key "__proto__" of its own, but assigning that key
 * would set the copy's prototype instead and drop the field from the output.
 */
function setOwn(target: { [key: string]: Json }, key: string, value: Json): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else target[key] = value;
}

/** Compact JSON with every object's keys sorted: equal records give equal strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(orderKeysDeep(value));
}
