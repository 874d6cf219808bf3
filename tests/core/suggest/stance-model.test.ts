// The shipped stance detector: its weights file is whole and of the shape the code reads, and the
// detector it makes tells a plain position from plain narrative.
import { describe, expect, it } from 'vitest';
import packed from '../../../src/core/suggest/stance-model.json';
import { findStances } from '../../../src/core/suggest/find-stances';
import { clauseFeatures, FEATURE_BITS, type ClauseView } from '../../../src/core/suggest/stance-features';
import {
  type PackedStanceModel,
  probability,
  unpackStanceModel,
} from '../../../src/core/suggest/stance-model';
import { shippedStanceModel } from '../../../src/core/suggest/shipped-stance-model';

/** What the detector makes of each clause of `text`, as findStances meets them. */
function detect(text: string): { clause: string; p: number }[] {
  const model = shippedStanceModel();
  const seen: { clause: string; p: number }[] = [];
  findStances(text, undefined, (view: ClauseView) => {
    seen.push({
      clause: text.slice(view.clause.start, view.clause.end),
      p: probability(model.detector, clauseFeatures(view)),
    });
    return view.rule;
  });
  return seen;
}

describe('the shipped stance model', () => {
  const model = packed as PackedStanceModel;

  it('is a model of the feature table the code hashes into, with its settings in range', () => {
    expect(model.format).toBe('evidence-stance-model/1');
    expect(model.bits).toBe(FEATURE_BITS);
    for (const setting of [model.threshold, model.veto, model.opposeAt, model.addedPrecision]) {
      expect(setting).toBeGreaterThanOrEqual(0);
      expect(setting).toBeLessThan(1);
    }
    // an added position is never offered as a sure one (>= 0.8 must stay right 95% of the time)
    expect(model.addedPrecision).toBeLessThan(0.8);
  });

  it('stores each regression as gaps and integer weights that land inside the table', () => {
    for (const weights of [model.detector, model.labeller]) {
      expect(weights.gaps.length).toBe(weights.weights.length);
      expect(weights.gaps.length).toBeGreaterThan(1000);
      expect(weights.gaps.every((g, i) => Number.isInteger(g) && (i === 0 ? g >= 0 : g > 0))).toBe(true);
      expect(weights.weights.every((w) => Number.isInteger(w) && w !== 0)).toBe(true);
      expect(weights.gaps.reduce((a, b) => a + b, 0)).toBeLessThan(2 ** FEATURE_BITS);
    }
  });

  it('refuses weights made for another feature table', () => {
    expect(() => unpackStanceModel({ ...model, bits: FEATURE_BITS + 1 })).toThrow(/not a stance model/);
  });

  it('flags plain positions and passes over plain narrative', () => {
    const positions = [
      'The Local Government Association urges ministers to reverse the cuts to council budgets.',
      'We believe that the scheme should be extended to every school in the country.',
      'The charity strongly opposes the plan to close rural bus routes.',
    ];
    const narrative = [
      'Members of the committee visited three hospitals in the region.',
      'The meeting took place in Leeds on a Tuesday afternoon.',
    ];
    const text = `Council budgets\n\n${[positions[0], positions[1], narrative[0], positions[2], narrative[1]].join(' ')}`;
    const p = new Map(detect(text).map(({ clause, p }) => [clause, p]));
    const threshold = shippedStanceModel().threshold;
    for (const sentence of positions) expect(p.get(sentence)).toBeGreaterThanOrEqual(threshold);
    // plain narrative sits far below the threshold (0.02–0.08 with the shipped weights)
    for (const sentence of narrative) expect(p.get(sentence)).toBeLessThan(threshold / 4);
  });
});
