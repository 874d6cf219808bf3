// How many batches a briefing's references are formatted in: one below the threshold, where a thread's
// start-up would cost more than it saves; else one per core, at most four.
import { describe, expect, it } from 'vitest';
import { BATCHES_FROM_SOURCES, citeprocBatchCount } from '../../../../src/core/briefing/csl/batch-count';

describe('citeprocBatchCount', () => {
  it('keeps a small briefing in one batch whatever the cores', () => {
    expect(citeprocBatchCount(BATCHES_FROM_SOURCES - 1, 8)).toBe(1);
    expect(citeprocBatchCount(0, 8)).toBe(1);
  });

  it('gives a large briefing one batch per core, at most four', () => {
    expect(citeprocBatchCount(BATCHES_FROM_SOURCES, 2)).toBe(2);
    expect(citeprocBatchCount(10_000, 16)).toBe(4);
    expect(citeprocBatchCount(10_000, 1)).toBe(1);
    expect(citeprocBatchCount(10_000, 0)).toBe(1);
  });
});
