// When a suggested stance names the right actor: a shared content word, or an acronym of the other name.
import { describe, expect, it } from 'vitest';
import { actorsAgree } from './actor-agreement';

describe('actorsAgree', () => {
  it('agrees on a shared content word, possessive or not', () => {
    expect(actorsAgree("Barnardo's charity", 'Barnardo’s')).toBe(true);
    expect(actorsAgree('Action for Children', 'children')).toBe(true);
  });

  it('does not agree on words that do not name anyone', () => {
    expect(actorsAgree('Secretary of State for Education', 'the Secretary of State')).toBe(false);
    expect(actorsAgree('Unison', 'the union')).toBe(false);
  });

  it('agrees when one actor is the acronym of the other, either way round', () => {
    expect(actorsAgree('Local Government Association', 'LGA')).toBe(true);
    expect(actorsAgree('LGA', 'Local Government Association')).toBe(true);
    expect(actorsAgree('The College of Social Work', 'TCSW')).toBe(true);
  });

  it('agrees when both names make the same acronym', () => {
    // No word in common: only the initials (B, A, S, W) match.
    expect(actorsAgree('British Association of Social Workers', 'Bristol Agency Sports Welfare')).toBe(true);
    expect(actorsAgree('British Association of Social Workers', 'Bristol Agency Sports')).toBe(false);
  });

  it('does not take one capital letter for an acronym', () => {
    expect(actorsAgree('Unison', 'U')).toBe(false);
  });

  it('never agrees with a missing or empty actor', () => {
    expect(actorsAgree('Unison', undefined)).toBe(false);
    expect(actorsAgree('Unison', '')).toBe(false);
    expect(actorsAgree(undefined, 'Unison')).toBe(false);
  });
});
