// Whether two JSON values are the same value, whatever order their keys were written in: the cheap first
// question before two versions of a record are spelt canonically (canonical-json.ts) to be compared. It
// walks both at once and stops at the first difference, so the common case of a merge, the same record
// read from two files, costs no text at all. It answers true only when the canonical texts are equal; a
// false for a value JSON spells alike (NaN and null, an undefined field and a missing one) only sends the
// caller on to the canonical texts, which decide.

/** True when `a` and `b` are equal JSON values (key order aside); false when they differ, or may. */
export function isSameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!isSameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(y, key) || !isSameJson(x[key], y[key])) return false;
  }
  return true;
}
