// Emphatic agreement ("I could not agree more") is support despite its negation, and "X is right to say
// that ..." is the speaker siding with X's point, held by the speaker.
import { describe, expect, it } from 'vitest';
import { classifyClause } from '../../../src/core/suggest/classify-stance';
import { findStances } from '../../../src/core/suggest/find-stances';

describe('agreement cues', () => {
  it('reads emphatic agreement as support, and a plain refusal to agree still as opposition', () => {
    expect(classifyClause('I could not agree more with the hon. Lady.')?.stance).toBe('support');
    expect(classifyClause('We couldn’t support the towpath levy more.')?.stance).toBe('support');
    expect(classifyClause('I do not agree with the towpath levy.')?.stance).toBe('oppose');
  });

  it('credits "X is right to say" to the speaker, as support', () => {
    const text =
      'CANALS ACT\n\nMr. REED. The Canal Trust is absolutely right to say that every lock must be repaired.';
    expect(findStances(text).map((s) => [s.actor, s.stance])).toEqual([['Mr. Reed', 'support']]);
  });
});
