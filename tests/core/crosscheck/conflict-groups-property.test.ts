// The conflict groups found while the rules walk the pairs are the groups that listing every pair and
// then gathering them gives (the reference in reference-cross-checks.ts): the same groups in the same
// order, each with the same claims in the same order, the same count of pairs and, for a group of one
// pair, that pair. Random figures, dates and positions crowded onto few sources, tags, actors and topics,
// so that overlapping tags, one source's claims, agreeing values, an actor written several ways and
// one actor's separate quarrels all come up often.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findConflictGroups } from '../../../src/core/crosscheck/conflict-groups';
import type {
  DateRef,
  FigureRef,
  ReadClaim,
  StanceRef,
} from '../../../src/core/crosscheck/cross-check-types';
import { findStanceConflicts, normaliseActor } from '../../../src/core/crosscheck/stance-conflicts';
import { findDateConflicts, findFigureConflicts } from '../../../src/core/crosscheck/value-conflicts';
import type { Claim, DatePrecision, FigureUnit, StanceLabel } from '../../../src/core/model/records';
import { referenceConflictGroups } from './reference-cross-checks';

const common = fc.record({
  source: fc.constantFrom('s1', 's2', 's3'),
  start: fc.nat({ max: 30 }),
  tagIds: fc.array(fc.constantFrom('t1', 't2', 't3'), { maxLength: 3 }),
});

function claimOf(id: string, c: { source: string; start: number; tagIds: string[] }): Claim {
  return {
    id,
    sourceId: c.source,
    tagIds: c.tagIds,
    target: { selector: [{}, { start: c.start }] },
  } as unknown as Claim;
}

const figures = fc
  .array(
    fc.record({
      common,
      unit: fc.constantFrom<FigureUnit>('GBP', 'count'),
      value: fc.constantFrom(7_100_000, 8_520_000, 8_500_000, 9_300_000),
      step: fc.constantFrom(10_000, 100_000, 1_000_000),
    }),
    { minLength: 4, maxLength: 40 },
  )
  .map((list) =>
    list.map((f, i): ReadClaim<FigureRef> => {
      const id = `f${String(i).padStart(2, '0')}`;
      const ref = { claimId: id, sourceId: f.common.source, written: '', approximate: false, ...f };
      return { claim: claimOf(id, f.common), ref: { ...ref, common: undefined } as unknown as FigureRef };
    }),
  );

const YEARS = ['2014', '2015', '2016'];
const dates = fc
  .array(
    fc.record({
      common,
      year: fc.constantFrom(...YEARS),
      precision: fc.constantFrom<DatePrecision>('day', 'year'),
    }),
    { minLength: 4, maxLength: 40 },
  )
  .map((list) =>
    list.map((d, i): ReadClaim<DateRef> => {
      const id = `d${String(i).padStart(2, '0')}`;
      const [startDate, endDate] =
        d.precision === 'day'
          ? [`${d.year}-03-01`, `${d.year}-03-01`]
          : [`${d.year}-01-01`, `${d.year}-12-31`];
      const ref = { claimId: id, sourceId: d.common.source, startDate, endDate, precision: d.precision };
      return { claim: claimOf(id, d.common), ref };
    }),
  );

const stances = fc
  .array(
    fc.record({
      common,
      actor: fc.constantFrom('Ofsted', 'ofsted', 'The Ofsted', 'NSPCC', 'Barnardo’s', 'Barnardos', '  '),
      stance: fc.constantFrom<StanceLabel>('support', 'oppose', 'oppose', 'mixed'),
      topic: fc.constantFrom('school meals', 'free school meals', 'profit in care', 'profits', 'the'),
    }),
    { minLength: 4, maxLength: 40 },
  )
  .map((list) =>
    list.map((s, i): ReadClaim<StanceRef> => {
      const id = `s${String(i).padStart(2, '0')}`;
      const ref = {
        claimId: id,
        sourceId: s.common.source,
        actor: s.actor,
        stance: s.stance,
        topic: s.topic,
      };
      return { claim: claimOf(id, s.common), ref };
    }),
  );

describe('conflict groups found while walking the pairs', () => {
  it('are the groups of the listed pairs', () => {
    fc.assert(
      fc.property(figures, dates, stances, (f, d, s) => {
        const pairs = [...findFigureConflicts(f), ...findDateConflicts(d), ...findStanceConflicts(s)];
        expect(findConflictGroups({ figures: f, dates: d, stances: s })).toEqual(
          referenceConflictGroups(pairs),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('find groups of many pairs, single pairs and an actor’s separate quarrels', () => {
    // The generators above reach every shape the property is about, not only empty answers.
    const seen = { many: false, single: false, quarrels: false };
    fc.assert(
      fc.property(figures, dates, stances, (f, d, s) => {
        const groups = findConflictGroups({ figures: f, dates: d, stances: s });
        seen.many ||= groups.some((g) => g.pairCount > 2);
        seen.single ||= groups.some((g) => g.onlyPair !== null);
        // An actor's second quarrel after another actor's first: where the pairs listed put it.
        const actors = groups.flatMap((g) =>
          g.kind === 'stance' ? [normaliseActor(g.stances[0]!.actor)] : [],
        );
        seen.quarrels ||= actors.some(
          (actor, k) => k > 1 && actor === actors[k - 2] && actor !== actors[k - 1],
        );
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(seen).toEqual({ many: true, single: true, quarrels: true });
  });
});
