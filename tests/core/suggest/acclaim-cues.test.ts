// Verdicts on what another actor did, as releases and debates pass them: acclaim supports the action,
// disparagement opposes the policy, and the holder is the one who speaks, not the actor judged.
import { describe, expect, it } from 'vitest';
import { classifyClause } from '../../../src/core/suggest/classify-stance';
import { findStances } from '../../../src/core/suggest/find-stances';

const stanceOf = (clause: string) => classifyClause(clause)?.stance;

describe('acclaim and disparagement', () => {
  it('reads acclaim for an action as support', () => {
    for (const clause of [
      'The Governor took decisive action to protect the state’s orchards',
      'the new levy is a critical step toward restoring the harbour',
      'Our federation strongly commends the council for the scheme',
      'The Mayor is absolutely right to cap the fares',
      'The Premier is delivering on her promise to rebuild the rail link',
      'These duties level the playing field for local growers',
      'This plan puts rural patients first',
      'The decision will protect thousands of jobs in the valleys',
      'the government is taking action to reduce living costs',
      'the adoption of shared records is also a necessary step',
      'The Governor has taken action to strengthen the pension fund',
    ])
      expect(stanceOf(clause), clause).toBe('support');
  });

  it('reads disparagement of a policy as opposition', () => {
    expect(stanceOf('the other side has adopted a policy that is anti-growth and anti-housing')).toBe(
      'oppose',
    );
    expect(stanceOf('Too many ministers take our fishing fleet for granted')).toBe('oppose');
    expect(stanceOf('There is too much secrecy in that process')).toBe('oppose');
    expect(stanceOf('it would be a disgrace to deny young people the chance to save')).toBe('oppose');
    expect(stanceOf('There hasn’t been enough testing in this programme')).toBe('oppose');
    // not enough money is a call for funding, the labelling rules' convention, not an objection
    expect(stanceOf('There is not enough funding for the ferries')).not.toBe('oppose');
  });

  it('credits the verdict to the one who speaks, not to the actor judged', () => {
    const text =
      'Fisheries Round-up\n\nHarbour Association chair Ann Reyes said: “The Minister took decisive action to protect our fleet.”';
    expect(findStances(text).map((s) => [s.actor, s.stance])).toEqual([['Ann Reyes', 'support']]);
  });

  it('does not read plain reports or a steer of speech as acclaim', () => {
    for (const clause of ['The committee took no action on the report', 'I will now turn to the figures'])
      expect(stanceOf(clause), clause).toBeUndefined();
  });
});
