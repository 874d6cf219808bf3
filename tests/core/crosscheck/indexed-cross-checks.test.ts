// The indexed corroboration and conflict rules find exactly what the rules before them found (every group
// scanned for every claim, every pair under each tag): the same groups in the same order, the same pairs
// with the same shared tags, on random figures and dates crowded together so that ties at half a step,
// equal values at different precisions, spanning dates, claims in one source and overlapping tags all come
// up often.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findDateCorroborations,
  findFigureCorroborations,
} from '../../../src/core/crosscheck/corroborations';
import type { DateRef, FigureRef, ReadClaim } from '../../../src/core/crosscheck/cross-check-types';
import { findDateConflicts, findFigureConflicts } from '../../../src/core/crosscheck/value-conflicts';
import type { Claim, DatePrecision, FigureUnit } from '../../../src/core/model/records';
import {
  referenceDateConflicts,
  referenceDateCorroborations,
  referenceFigureConflicts,
  referenceFigureCorroborations,
} from './reference-cross-checks';

const common = fc.record({
  source: fc.constantFrom('s1', 's2', 's3', 's4'),
  start: fc.nat({ max: 50 }),
  tagIds: fc.array(fc.constantFrom('t1', 't2', 't3', 't4'), { maxLength: 3 }),
});

function claimOf(i: number, c: { source: string; start: number; tagIds: string[] }): Claim {
  return {
    id: `c${String(i).padStart(3, '0')}`,
    sourceId: c.source,
    tagIds: c.tagIds,
    target: { selector: [{}, { start: c.start }] },
  } as unknown as Claim;
}

const figure = fc.record({
  common,
  unit: fc.constantFrom<FigureUnit>('GBP', 'count'),
  // Values a few steps apart around 8.5 million and around 0, so agreement at half a step is frequent.
  base: fc.constantFrom(8_500_000, 0, -1_000),
  offset: fc.integer({ min: -12, max: 12 }),
  unitOfOffset: fc.constantFrom(1, 5_000, 10_000, 50_000, 0.1),
  step: fc.constantFrom(1, 10, 1_000, 10_000, 100_000, 1_000_000, 0.1),
});

const figures = fc.array(figure, { maxLength: 60 }).map((list) =>
  list.map((f, i): ReadClaim<FigureRef> => ({
    claim: claimOf(i, f.common),
    ref: {
      claimId: `c${i}`,
      sourceId: f.common.source,
      value: f.base + f.offset * f.unitOfOffset,
      unit: f.unit,
      written: '',
      step: f.step,
      approximate: false,
    },
  })),
);

const DAYS = [
  '2014-10-01',
  '2014-10-14',
  '2014-10-31',
  '2014-11-02',
  '2014-12-30',
  '2015-01-02',
  '2015-09-01',
];
const date = fc.record({
  common,
  start: fc.nat({ max: DAYS.length - 1 }),
  length: fc.nat({ max: 3 }),
  precision: fc.constantFrom<DatePrecision>('day', 'month', 'year', 'period'),
});
const dates = fc.array(date, { maxLength: 60 }).map((list) =>
  list.map((d, i): ReadClaim<DateRef> => {
    const startDate = DAYS[d.start]!;
    const endDate = DAYS[Math.min(DAYS.length - 1, d.start + d.length)]!;
    return {
      claim: claimOf(i, d.common),
      ref: { claimId: `c${i}`, sourceId: d.common.source, startDate, endDate, precision: d.precision },
    };
  }),
);

describe('indexed cross-checks agree with the pairwise rules', () => {
  it('finds the same figure corroborations and conflicts', () => {
    fc.assert(
      fc.property(figures, (items) => {
        expect(findFigureCorroborations(items)).toEqual(referenceFigureCorroborations(items));
        expect(findFigureConflicts(items)).toEqual(referenceFigureConflicts(items));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same date corroborations and conflicts', () => {
    fc.assert(
      fc.property(dates, (items) => {
        expect(findDateCorroborations(items)).toEqual(referenceDateCorroborations(items));
        expect(findDateConflicts(items)).toEqual(referenceDateConflicts(items));
      }),
      { numRuns: 400 },
    );
  });
});
