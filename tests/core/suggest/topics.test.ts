// A stance's topic is a short phrase a reader can take in: the words after the cue, ended at a comma, dash
// or bracket or before a relative clause, and never on a word that needs another after it.
import { describe, expect, it } from 'vitest';
import { topicOf } from '../../../src/core/suggest/topics';

const after = (clause: string, cue: string) => topicOf(clause, clause.indexOf(cue) + cue.length);

describe('topicOf', () => {
  it('ends the phrase at a comma or before a relative clause', () => {
    expect(after('The union welcomed the new pay offer, which came after months of talks', 'welcomed')).toBe(
      'the new pay offer',
    );
    expect(after('Shelter opposes the bedroom tax which hits disabled tenants hardest', 'opposes')).toBe(
      'the bedroom tax',
    );
  });

  it('does not end on a preposition or article', () => {
    expect(after('the Government confirmed they will reduce the current cost of levies by', 'reduce')).toBe(
      'the current cost of levies',
    );
  });

  it('keeps a short phrase whole and names the question from a hint', () => {
    expect(after('Unison opposes profit-making in child protection.', 'opposes')).toBe(
      'profit-making in child protection',
    );
    expect(topicOf('warns against profit-making in care', 0, 'profit')).toBe(
      'warns against profit-making in care',
    );
  });

  it('takes the words before a cue that ends the clause', () => {
    const clause = 'we are seeing evidence that the new measures are working';
    expect(topicOf(clause, clause.length, undefined, clause.indexOf('are working'))).toBe('the new measures');
  });
});
