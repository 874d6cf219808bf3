// The author a byline or a letter's close names: a signed letter's views are its signatory's, and a paper
// "By:" its writers speaks for them when it speaks in the first person; a reporter's byline holds nothing.
import { describe, expect, it } from 'vitest';
import { findStances } from '../../../src/core/suggest/find-stances';
import { findCommittingBody, findSignedAuthor } from '../../../src/core/suggest/signed-author';

describe('findSignedAuthor', () => {
  it('reads a letter’s signatory, set in capitals, as a name', () => {
    const text =
      'Letter on Flood Relief\n\nDear Madam Speaker:\n\nI urge the Congress to fund the levees now.\n\nSincerely,\n\nANN B. REYES JR.\n';
    expect(findSignedAuthor(text)).toBe('Ann B. Reyes Jr.');
    expect(findStances(text).map((s) => s.actor)).toEqual(['Ann B. Reyes Jr.']);
  });

  it('takes the first writer of a byline when the text speaks in the first person', () => {
    const text =
      'Ports Are Raising Fees\n\nMarch 3, 2031\n\nBy: Ann Reyes, Bo Tran, and Cy Okafor\n\nWe have asked the regulator to act.\nOur view is that fees must fall.';
    expect(findSignedAuthor(text)).toBe('Ann Reyes');
  });

  it('takes no holder from a reporter’s byline', () => {
    const text =
      'Council cuts bus routes\n\nBy Ann Reyes, transport correspondent\n\nThe council said: “We have no choice.” Residents objected to the plan.';
    expect(findSignedAuthor(text)).toBeUndefined();
  });
});

describe('a speaker’s own body', () => {
  it('reads "My Administration urges ..." as the voice’s view', () => {
    const text =
      'Letter on Flood Relief\n\nDear Madam Speaker:\n\nMy Administration urges the Congress to cancel the debt of the flood fund.\n\nSincerely,\n\nANN B. REYES JR.\n';
    expect(findStances(text).map((s) => s.actor)).toEqual(['Ann B. Reyes Jr.']);
  });
});

describe('findCommittingBody', () => {
  it('takes the body a paper with no named author keeps committing', () => {
    const text =
      'Spring Budget 2031\n\nThe government will cap bus fares. The government will freeze fuel duty.\n\nThe government is committed to lower energy bills. It is vital to invest in skills.';
    expect(findCommittingBody(text)).toBe('the government');
    expect(findStances(text).map((s) => s.actor)).toContain('the government');
  });

  it('takes none from a body named once or twice', () => {
    expect(findCommittingBody('The council will meet. The government will reply.')).toBeUndefined();
  });
});
