// The rows a virtual list renders: the visible window plus the focused and selected rows wherever they
// are, so focus and the selection survive any scroll; rows past the end of a shrunk list are dropped.
import { describe, expect, it } from 'vitest';
import { mergeRange } from '../../../src/renderer/ui/merge-range';

describe('mergeRange', () => {
  it('keeps the visible window as it is when the kept rows are inside it', () => {
    expect(mergeRange([3, 4, 5], [4], 100)).toEqual([3, 4, 5]);
  });

  it('adds a focused row far from the window, in order and once', () => {
    expect(mergeRange([50, 51, 52], [2, 90, 2], 100)).toEqual([2, 50, 51, 52, 90]);
  });

  it('drops a kept row the list no longer has (the focused claim was deleted)', () => {
    expect(mergeRange([0], [1, -1], 1)).toEqual([0]);
  });
});
