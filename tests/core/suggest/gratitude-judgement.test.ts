// Two cue classes: thanks or honour for what someone did on a policy question (support; the courtesies of
// a sitting are no position), and a verdict passed with a copula and a word of judgement (its subject is
// the thing judged, so the holder is the speaker).
import { describe, expect, it } from 'vitest';
import { classifyClause } from '../../../src/core/suggest/classify-stance';
import { findStances } from '../../../src/core/suggest/find-stances';

const label = (clause: string) => classifyClause(clause)?.stance;

describe('gratitude for a policy', () => {
  it('reads thanks, appreciation and honour for an action as support', () => {
    expect(label('Thank you, Governor, for ensuring boat owners are protected from the levy.')).toBe(
      'support',
    );
    expect(label('We appreciate the Minister’s leadership in advancing the canal plan.')).toBe('support');
    expect(label('Honoured to join the Governor to sign the Canal Pledge.')).toBe('support');
  });

  it('leaves thanks for the courtesies of a sitting unread', () => {
    expect(label('Thank you for joining us this morning.')).toBeUndefined();
    expect(label('I am grateful to the hon. Lady for giving way.')).toBeUndefined();
  });
});

describe('verdicts with a word of judgement', () => {
  it('reads the direction of the verdict from the word', () => {
    expect(label('The canal plan will be a transformational new backbone for the network.')).toBe('support');
    expect(label('The towpath pledge is a victory for boat owners.')).toBe('support');
    expect(label('Repeated inspections are not only wasteful but extremely distressing.')).toBe('oppose');
  });

  it('credits the verdict to the speaker, not to the thing judged', () => {
    const text = 'CANALS ACT\n\nMr. REED. The towpath levy would be counterproductive.';
    expect(findStances(text).map((s) => [s.actor, s.stance])).toEqual([['Mr. Reed', 'oppose']]);
  });
});
