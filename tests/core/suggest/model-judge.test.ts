// How the detector and the rules decide together: the rules' readings stand unless vetoed, the detector
// adds what they miss with its labeller's label and a calibrated confidence, and an added position needs a
// holder the text names. Models here are made by hand, so each case fixes what the detector says.
import { describe, expect, it } from 'vitest';
import { findStances } from '../../../src/core/suggest/find-stances';
import { judgeWithModel, RULES_ONLY } from '../../../src/core/suggest/model-judge';
import { FEATURE_BITS, hashFeature } from '../../../src/core/suggest/stance-features';
import type { StanceModel } from '../../../src/core/suggest/stance-model';
import { suggestClaims } from '../../../src/core/suggest/suggest-claims';

/** A model whose detector and labeller say the same of every clause: the bias alone decides. */
function constantModel(detect: number, oppose: number, settings: Partial<StanceModel> = {}): StanceModel {
  const table = (logit: number) => {
    const t = new Float32Array(1 << FEATURE_BITS);
    t[hashFeature('bias')] = logit;
    return t;
  };
  const logit = (p: number) => Math.log(p / (1 - p));
  return {
    threshold: 0.5,
    veto: 0.1,
    opposeAt: 0.5,
    addedPrecision: 0.25,
    detector: table(logit(detect)),
    labeller: table(logit(oppose)),
    ...settings,
  };
}

const TEXT =
  'The report was published in March. The Royal College of Nursing said the pay award falls short of what staff need. The council welcomes the new funding.';

const read = (text: string, judge: Parameters<typeof findStances>[2]) =>
  findStances(text, undefined, judge).map((s) => [
    text.slice(s.start, s.end),
    s.stance,
    s.confidence,
    s.actor,
  ]);

describe('the detector beside the rules', () => {
  it('leaves the rules alone when it is unsure of nothing they read and sure of nothing else', () => {
    const rules = read(TEXT, RULES_ONLY);
    expect(rules.length).toBeGreaterThan(0);
    expect(read(TEXT, judgeWithModel(constantModel(0.3, 0.1)))).toEqual(rules);
  });

  it("drops the rules' readings it finds very unlikely", () => {
    expect(read(TEXT, judgeWithModel(constantModel(0.05, 0.1)))).toEqual([]);
  });

  it('adds the clauses no rule reads, labelled by the labeller, as sure as added positions proved', () => {
    const added = read(TEXT, judgeWithModel(constantModel(0.9, 0.8)));
    const rules = read(TEXT, RULES_ONLY);
    const extra = added.filter((a) => !rules.some((r) => r[0] === a[0]));
    expect(extra).toContainEqual([
      'The Royal College of Nursing said the pay award falls short of what staff need.',
      'oppose',
      0.25,
      'Royal College of Nursing',
    ]);
    for (const [, stance, confidence] of extra) {
      expect(stance).toBe('oppose');
      expect(confidence).toBe(0.25);
    }
  });

  it('offers an added position only with a holder the text names', () => {
    const text = 'It is important. Nothing was done about it for years, and the money ran out.';
    expect(read(text, RULES_ONLY)).toEqual([]);
    expect(read(text, judgeWithModel(constantModel(0.9, 0.1)))).toEqual([]);
  });

  it("adds no page's word to its reader, though a speaker's you in a debate may carry a view", () => {
    const page =
      'Health news\n\nThe Royal College of Nursing said that by registering you agree to our terms.';
    expect(read(page, RULES_ONLY)).toEqual([]);
    expect(read(page, judgeWithModel(constantModel(0.9, 0.1)))).toEqual([]);
    const debate =
      'Mr. Smith: The Royal College of Nursing told you the pay award falls short.\nMs. Jones: It does.';
    expect(read(debate, RULES_ONLY)).toEqual([]);
    expect(read(debate, judgeWithModel(constantModel(0.9, 0.1))).map(([span]) => span)).toContain(
      'The Royal College of Nursing told you the pay award falls short.',
    );
  });

  it('is what suggestClaims uses unless told to use the rules alone', () => {
    const text = `${TEXT} Ministers have agreed to review the formula next year.`;
    const rulesAlone = suggestClaims(text, { kinds: ['stance'], judge: RULES_ONLY });
    expect(rulesAlone.map((s) => [s.start, s.end, s.stance])).toEqual(
      findStances(text).map((s) => [s.start, s.end, s.stance]),
    );
    const judged = suggestClaims(text, { kinds: ['stance'], judge: judgeWithModel(constantModel(0.9, 0.1)) });
    expect(judged.length).toBeGreaterThan(rulesAlone.length);
  });
});
