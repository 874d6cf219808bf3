// The features the stance detector reads of a clause: hashed into a fixed table, without repeats, and
// carrying what the rules found as well as the words.
import { describe, expect, it } from 'vitest';
import { findStances } from '../../../src/core/suggest/find-stances';
import {
  clauseFeatures,
  type ClauseView,
  FEATURE_BITS,
  hashFeature,
  pairFeature,
  wordFeature,
} from '../../../src/core/suggest/stance-features';

/** Every clause of `text` as findStances shows it to a judge. */
function views(text: string): ClauseView[] {
  const seen: ClauseView[] = [];
  findStances(text, undefined, (view) => {
    seen.push(view);
    return view.rule;
  });
  return seen;
}

describe('clause features', () => {
  it('hash a name to the same slot of the table every time', () => {
    expect(wordFeature('urges')).toBe(wordFeature('urges'));
    expect(wordFeature('urges')).not.toBe(wordFeature('urge'));
    expect(pairFeature('we', 'believe')).not.toBe(pairFeature('believe', 'we'));
    for (const slot of [hashFeature('bias'), wordFeature('the'), pairFeature('we', 'believe')])
      expect(slot).toBeLessThan(2 ** FEATURE_BITS);
  });

  it('lists each feature once, words and word pairs lower-cased', () => {
    const [view] = views('Ministers ought to act. Ministers ought to act now, and ministers ought to act.');
    const features = clauseFeatures(view!);
    expect(new Set(features).size).toBe(features.length);
    expect(features).toContain(wordFeature('ministers'));
    expect(features).not.toContain(wordFeature('Ministers'));
    expect(features).toContain(pairFeature('ought', 'to'));
    expect(features).toContain(hashFeature('modal:ought'));
  });

  it("carry the rules' reading and cue groups, a question and first person", () => {
    const text = 'The meeting was held in May. We oppose the closure. Why should patients pay more?';
    const [narrative, objection, question] = views(text).map(clauseFeatures);
    expect(narrative).toContain(hashFeature('rule:none'));
    expect(objection).toContain(hashFeature('rule:oppose'));
    expect(objection).toContain(hashFeature('gate:oppose'));
    expect(objection).toContain(hashFeature('firstPerson'));
    expect(narrative).not.toContain(hashFeature('firstPerson'));
    expect(question).toContain(hashFeature('question'));
    expect(objection).toContain(hashFeature('para:1'));
  });
});
