// Stance cues by class (intending, asking others to act, verdicts for and against, passives with their
// agent), read through the whole finder so the cue groups' key-word gates are exercised as in a document.
import { describe, expect, it } from 'vitest';
import { findStances } from '../../../src/core/suggest/find-stances';

function stances(text: string) {
  return findStances(text).map((s) => [text.slice(s.start, s.end), s.actor, s.stance]);
}

describe('verb classes', () => {
  it('reads intending and asking others to act as support, even where key words overlap', () => {
    // "have a" (a neutrality key word) overlaps "asked": both must open their cue groups
    expect(stances('The Mayor said: I have asked the police to publish the data.')).toEqual([
      ['The Mayor said: I have asked the police to publish the data.', 'Mayor', 'support'],
    ]);
    expect(stances('Nineteen federal agencies commit to accelerate the plan.')).toEqual([
      ['Nineteen federal agencies commit to accelerate the plan.', 'Nineteen federal agencies', 'support'],
    ]);
    expect(stances('The Fire Brigades Union is pressing ministers to restore the grant.')).toEqual([
      [
        'The Fire Brigades Union is pressing ministers to restore the grant.',
        'Fire Brigades Union',
        'support',
      ],
    ]);
  });

  it('credits a passive to its agent, and one agent per named body', () => {
    expect(stances('The plan was welcomed by the Royal College of Nursing.')).toEqual([
      ['The plan was welcomed by the Royal College of Nursing.', 'Royal College of Nursing', 'support'],
    ]);
  });

  it('reads verdicts for and against', () => {
    expect(stances('Unison said the cap is unfair to low earners.').map(([, , s]) => s)).toEqual(['oppose']);
    expect(stances('The charity said these are the right reforms.').map(([, , s]) => s)).toEqual(['support']);
    expect(
      stances('The council cannot comment on the merits of any application.').map(([, , s]) => s),
    ).toEqual(['neutral']);
  });
});
