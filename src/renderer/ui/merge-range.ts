// The indexes a virtual list renders: the visible window (with its overscan) plus the few it must keep
// whatever the scroll (the focused item, the selected one), in order and without repeats, so focus and
// the selection never vanish with a scroll.

export function mergeRange(visible: readonly number[], keep: readonly number[], count: number): number[] {
  // An index kept from before the list shrank (the focused item was deleted) is dropped.
  const extra = keep.filter((i) => i >= 0 && i < count && !visible.includes(i));
  if (extra.length === 0) return visible as number[];
  const merged = visible.concat(extra);
  merged.sort((a, b) => a - b);
  return merged.filter((value, i) => i === 0 || merged[i - 1] !== value);
}
