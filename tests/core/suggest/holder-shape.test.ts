// What can hold a view: names of people, offices and bodies pass; headings, section names, list labels and
// the words a sentence opens with do not, however they are capitalised; nor does a common noun that starts a
// sentence.
import { describe, expect, it } from 'vitest';
import { isCommonWord, isHolder } from '../../../src/core/suggest/holder-shape';
import { findStances } from '../../../src/core/suggest/find-stances';
import type { ClauseJudge } from '../../../src/core/suggest/model-judge';

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
      'Objectives',
      'Our Vision',
      'Strategic Priorities',
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

  it('refuses an adverbial opener, a number that names nobody and a numbered part of a law', () => {
    for (const word of [
      'Within the EU',
      'Last October',
      'Perhaps the Institute of Directors in Scotland',
      'Otherwise',
      'Seventeen',
      'Others',
      'Q    Karine',
      'Section 7',
      'Article 6.4',
    ])
      expect(isHolder(word), word).toBe(false);
    // a part's name without its number, and a word that only starts like an opener, are names
    for (const holder of ['Section Heads Forum', 'Lastminute Group'])
      expect(isHolder(holder), holder).toBe(true);
  });

  it('refuses a postcode', () => {
    expect(isHolder('AB12 3CD')).toBe(false);
  });
});

describe('isCommonWord', () => {
  it('knows a word capitalised only at a sentence start by the text writing it in lower case', () => {
    const text = 'Staffing is short. The ferry needs more staffing. Oxfam says so.';
    expect(isCommonWord(text, 'Staffing')).toBe(true);
    expect(isCommonWord(text, 'Oxfam')).toBe(false);
    expect(isCommonWord(text, 'Harbour Trust')).toBe(false);
    // only the text near the position is read
    const far = `Staffing is short. ${'The crews sail. '.repeat(800)}The ferry needs more staffing.`;
    expect(isCommonWord(far, 'Staffing', 0)).toBe(false);
  });

  it('knows a name that is also a noun by the text capitalising it inside a sentence', () => {
    const text =
      'Harbourside is clear that the cap must go. The harbourside cafes agree, as Harbourside says.';
    expect(isCommonWord(text, 'Harbourside')).toBe(false);
    expect(isCommonWord('Harbourside is quiet. The harbourside cafes close.', 'Harbourside')).toBe(true);
  });

  it('gives a position the detector adds, opening with a common noun, to the speaker, not to the noun', () => {
    const text =
      'Deputy Ann Reed: The crews are stretched. Equipment is also lacking, and the equipment we have is old.';
    // every clause read as a position no cue found, as the trained detector offers them
    const added: ClauseJudge = () => ({ stance: 'support', confidence: 0.25, cueEnd: 0, byModel: true });
    const actors = findStances(text, undefined, added).map((s) => s.actor);
    expect(actors).toContain('Deputy Ann Reed');
    expect(actors).not.toContain('Equipment');
  });
});
