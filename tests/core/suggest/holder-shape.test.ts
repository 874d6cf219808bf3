// What can hold a view: names of people, offices and bodies pass; headings, section names, list labels and
// the words a sentence opens with do not, however they are capitalised.
import { describe, expect, it } from 'vitest';
import { isHolder } from '../../../src/core/suggest/holder-shape';

describe('isHolder', () => {
  it('takes people, offices and bodies as they are written', () => {
    for (const holder of [
      'Ann Reed',
      'Mr. Reed',
      'the Secretary of State for Rivers',
      'Minister',
      'The Taoiseach',
      'This Government',
      'Action for Water',
      'Contact',
      '4Rivers',
      'Riverside Power CEO Ann Reed',
      'officials',
      'the Local Water Association (LWA)',
    ])
      expect(isHolder(holder), holder).toBe(true);
  });

  it('refuses headings, section names and the head of a document part', () => {
    for (const heading of [
      'Executive Summary',
      'Foreword',
      'Key Findings',
      'Next Steps',
      'Response in Wales',
    ])
      expect(isHolder(heading), heading).toBe(false);
  });

  it('refuses the words a sentence opens with and references that name nobody', () => {
    for (const word of [
      'The',
      'One',
      'Well',
      'If councils',
      'Is the Minister',
      'I’m',
      'Reaffirming',
      'Friend',
    ])
      expect(isHolder(word), word).toBe(false);
  });

  it('refuses a postcode', () => {
    expect(isHolder('AB12 3CD')).toBe(false);
  });
});
