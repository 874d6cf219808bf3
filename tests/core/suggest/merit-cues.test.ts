// Verdicts that a measure does good, and claims of what is owed, read as support; a plain report or a
// courtesy to the House is none.
import { describe, expect, it } from 'vitest';
import { classifyClause } from '../../../src/core/suggest/classify-stance';

const stanceOf = (clause: string) => classifyClause(clause)?.stance;

describe('merit cues', () => {
  it('reads a verdict of good done, or of what is owed, as support', () => {
    for (const clause of [
      'This new levy will make our harbours safer for everyone',
      'Together, these grants will support fishing families',
      'The settlement provides certainty to councils',
      'Our nurses deserve better than a pay freeze',
      'Carers are entitled to the full support of the state',
      'Parliament has a responsibility to make the hard choice',
      'Our task here is to strengthen the pension',
      'I accepted all its recommendations',
      'We also support farm shops and markets',
      'The department accepted most of the recommendations made by the panel',
      'continuing our support for anaerobic digestion',
      'The grant scheme has been an effective intervention to date',
      'These rules take a balanced approach',
      'I am pleased our Governor has raised this with the public',
      'I wish to abolish it entirely',
      'We will be introducing new contracts for ferry services',
      'I join with the chairman of the committee, Senator Vale, in bringing the bill to the floor',
      'I hope we can find a way to increase the grant',
      'we are determined that the fleet will be renewed',
      'I suggest a different approach to pensions',
      'most members voted to raise the pension age to 70',
      'it will be my objective to phase out the levy',
      'the committee floated a proposal to repeal the cap',
      'Young adults are supportive of personal accounts',
      'The Minister for Health needs to sign in to law new regulations on drugs',
    ])
      expect(stanceOf(clause), clause).toBe('support');
  });

  it('reads nothing into a plain report or a courtesy', () => {
    for (const clause of [
      'The board met in March to review the accounts',
      'The minutes will be published in May',
    ])
      expect(stanceOf(clause), clause).toBeUndefined();
  });
});
