// The shape of a text that the stance detector reads beside each clause: a speech that speaks in the first
// person and a fact sheet that counts fall in different buckets, and the shape reaches every clause's features.
import { describe, expect, it } from 'vitest';
import { describeDocumentShape } from '../../../src/core/suggest/document-shape';
import { findStances } from '../../../src/core/suggest/find-stances';
import { clauseFeatures, hashFeature, type ClauseView } from '../../../src/core/suggest/stance-features';

const speech =
  'I am delighted to be here. We have done much, and I believe we must do more. Our plan is right. '.repeat(
    10,
  );
const factSheet =
  'The fund gives £4.2 million to 310 schools, 12% more than in 2021, and 1,250 places by 2026. '.repeat(10);

describe('describeDocumentShape', () => {
  it('tells a first-person speech from a fact sheet that counts', () => {
    const a = describeDocumentShape(speech);
    const b = describeDocumentShape(factSheet);
    expect(a).toContain('doc:first:4');
    expect(b).toContain('doc:first:0');
    expect(a).toContain('doc:figure:0');
    expect(b).toContain('doc:figure:3');
  });

  it('gives the same shape to every clause of a text', () => {
    const shape = describeDocumentShape(speech).map(hashFeature);
    let clauses = 0;
    findStances(speech, undefined, (view: ClauseView) => {
      clauses++;
      const features = clauseFeatures(view);
      for (const f of shape) expect(features).toContain(f);
      return view.rule;
    });
    expect(clauses).toBeGreaterThan(10);
  });
});
