// Questions that press a view at question time or in debate carry the position they press; questions that
// ask for facts, time or a meeting carry none.
import { describe, expect, it } from 'vitest';
import { classifyClause } from '../../../src/core/suggest/classify-stance';

const stanceOf = (question: string) => classifyClause(question)?.stance;

describe('pressing questions', () => {
  it('reads "does he agree that ..." by what it asks to be agreed', () => {
    expect(stanceOf('Does the Minister agree that the levy has plainly failed the smallest ports?')).toBe(
      'oppose',
    );
    expect(stanceOf('Does he also agree that it is typical of these councils?')).toBe('oppose');
    expect(
      stanceOf('Does my hon. Friend agree that a ferry link to the islands would transform their economy?'),
    ).toBe('support');
  });

  it('reads "why do they not ...", "what more can be done to ..." and "will he examine ..." as asking for it', () => {
    expect(stanceOf('If ministers care so much, why do they not ensure that every school has a nurse?')).toBe(
      'support',
    );
    expect(stanceOf('What more can be done to encourage landlords to insulate their homes?')).toBe('support');
    expect(stanceOf('Will he examine the bill tabled by the Greens to protect apprentices?')).toBe('support');
    expect(stanceOf('Will his Department do some joined-up thinking on rural buses?')).toBe('support');
  });

  it('reads a blaming "why" as an objection', () => {
    expect(stanceOf('Why then are the regional plans deleting the green belt across the county?')).toBe(
      'oppose',
    );
  });

  it('reads nothing into questions that ask for facts, time or a meeting', () => {
    for (const question of [
      'Will the Minister agree to meet me and my constituents?',
      'Will he make it clear who is making the decision?',
      'What is the rationale?',
      'Will the Deputy resume her seat?',
      'Why is this an acute time?',
    ])
      expect(stanceOf(question), question).toBeUndefined();
  });
});
