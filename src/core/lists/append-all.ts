// Appending and extremes over lists of any length. `target.push(...items)` and `Math.max(...values)` pass
// every element as a call argument, on the stack, and throw "Maximum call stack size exceeded" once a list
// reaches library size (about 100,000 elements in V8); these loop instead. Lint refuses the spread forms in
// src (eslint.config.js), so these are the way to write it.

/** Appends every item of `items` to `target` (in order) and returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The greatest of `values`, or `empty` when there are none (Math.max of nothing is -Infinity). */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let max = -Infinity;
  let any = false;
  for (const value of values) {
    any = true;
    if (value > max || Number.isNaN(value) || (value === 0 && Object.is(max, -0))) max = value;
    if (Number.isNaN(max)) return NaN;
  }
  return any ? max : empty;
}

/** The least of `values`, or `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let min = Infinity;
  let any = false;
  for (const value of values) {
    any = true;
    if (value < min || Number.isNaN(value) || (value === 0 && Object.is(value, -0))) min = value;
    if (Number.isNaN(min)) return NaN;
  }
  return any ? min : empty;
}
