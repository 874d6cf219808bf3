// Stance cues and clause shapes beyond the shared corpus: two positions joined by "and"/"but", a second
// named actor in one sentence, negated modals, neutrality and indecision in other words, funding demands
// stated as sums, rhetorical demands, and page furniture or survey results that are not positions.
import { describe, expect, it } from 'vitest';
import { classifyClause } from '../../../src/core/suggest/classify-stance';
import { findStances } from '../../../src/core/suggest/find-stances';

const label = (clause: string) => classifyClause(clause)?.stance;

function stances(text: string) {
  return findStances(text).map((s) => [text.slice(s.start, s.end), s.actor, s.stance]);
}

describe('clauses that carry two positions', () => {
  it('splits "X supports A and calls for B" and "X welcomes A but objects to B"', () => {
    expect(
      stances('The Carers Alliance supports the reforms and calls for the cap to start sooner.'),
    ).toEqual([
      ['The Carers Alliance supports the reforms', 'Carers Alliance', 'support'],
      ['calls for the cap to start sooner.', 'Carers Alliance', 'support'],
    ]);
    expect(stances('The Tenants Forum welcomes the new homes but objects to the rent rise.')).toEqual([
      ['The Tenants Forum welcomes the new homes', 'Tenants Forum', 'support'],
      ['objects to the rent rise.', 'Tenants Forum', 'oppose'],
    ]);
  });

  it('splits ", and Shelter wants ..." into a second actor with its own position', () => {
    const found = stances('The Residents Association opposes the plan, and Crisis wants a review of it.');
    expect(found.map(([, actor, stance]) => [actor, stance])).toEqual([
      ['Residents Association', 'oppose'],
      ['Crisis', 'support'],
    ]);
  });
});

describe('cue words', () => {
  it('reads negated modals and "urges ... not to" as objections', () => {
    expect(label('Carers should not be penalised for working')).toBe('oppose');
    expect(label('urges the council not to close the library')).toBe('oppose');
  });

  it('tells "not yet convinced" (undecided) from "not persuaded" (against)', () => {
    expect(label('the union was “not yet convinced” that a review would help')).toBe('unsure');
    expect(label('We are not persuaded that a ban would help')).toBe('oppose');
    expect(label('The institute said it was unclear whether the levy would work')).toBe('unsure');
  });

  it('reads "does not take a view" and "would not comment on" as neutral', () => {
    expect(label('The network does not take a view on the level of the cap')).toBe('neutral');
    expect(label('The watchdog said it would not comment on funding levels')).toBe('neutral');
  });

  it('reads a demand for a sum, or a grant that falls short, as support for funding', () => {
    expect(label('warns that councils will need at least £2bn to run the system')).toBe('support');
    expect(label('has warned that the grant falls far short of what is needed')).toBe('support');
  });

  it('knows more verbs and verdicts of both kinds', () => {
    expect(label('Mencap backed the plans')).toBe('support');
    expect(label('The charity hailed the announcement as a step in the right direction')).toBe('support');
    expect(label('The TUC said it was disappointed by the announcement')).toBe('oppose');
    expect(label('Mind said the reforms did not go far enough')).toBe('oppose');
    expect(label('We have no plans to change the funding formula')).toBe('oppose');
    expect(label('We need a five-year deal so operators can plan')).toBe('support');
    expect(label('argues that the proposed limit is too high to protect families')).toBe('oppose');
    expect(label('The commissioner applauded the move, but cautioned that funding must follow')).toBe(
      'mixed',
    );
  });

  it('reads a question asking how to reach one’s own aim as support, one asking how others can as objection', () => {
    expect(label('How can we ensure that every village keeps its bus service?')).toBe('support');
    expect(label('How can the nation rapidly expand its ferry routes?')).toBe('support');
    expect(label('How can they justify closing the village bus service?')).toBe('oppose');
  });

  it('reads a question of how one could back a proposal, or do anything "possibly", as objection', () => {
    expect(label('How can I support a Bill that closes the village bus service?')).toBe('oppose');
    expect(label('How can we promote a scheme that has failed every harbour town?')).toBe('oppose');
    expect(label('How can we possibly ensure safe crossings with these cuts?')).toBe('oppose');
    expect(label('How can I seriously improve the ferry timetable on this budget?')).toBe('oppose');
    // backing people, not a proposal, is still the means to an aim of one's own
    expect(label('How can we support carers in every village?')).toBe('support');
  });

  it('reads "Is it not time to end ...?" as support for ending it', () => {
    expect(label('Is it not time to end this practice?')).toBe('support');
    expect(label('Is this really the best way to spend the money?')).toBe('oppose');
  });
});

describe('report numbering and headings', () => {
  it('leaves paragraph numbers out of the span and the actor', () => {
    expect(stances('5.2 The Traders Guild opposes the rise in parking charges.')).toEqual([
      ['The Traders Guild opposes the rise in parking charges.', 'Traders Guild', 'oppose'],
    ]);
  });

  it('takes no position from a two-word heading', () => {
    expect(stances('Budget pressures\nThe Traders Guild opposes the rise.').map(([text]) => text)).toEqual([
      'The Traders Guild opposes the rise.',
    ]);
  });
});

describe('not positions', () => {
  it('skips cookie banners, reader widgets and survey results', () => {
    expect(label('Accept all cookies | Reject non-essential cookies')).toBeUndefined();
    expect(label('12 people have recommended this story')).toBeUndefined();
    expect(label('Its analysis suggests that a quarter of councils could not cope')).toBeUndefined();
    expect(label('two in three carers it polled said they were considering giving up work')).toBeUndefined();
  });
});
