// Who holds a view, in wordings the corpus lacks: an office resolved to the holder named before ("the Deputy
// Minister" -> "Deputy Minister Ruth Ames"), the owner of a report, a speaker's aside before the real subject
// ("As I said previously, council officers ..."), a second actor declining to comment after ", and", and
// holders written with a leading connective or a possessive.
import { describe, expect, it } from 'vitest';
import { findStances } from '../../../src/core/suggest/find-stances';
import { fullerOfficeName, officeSubject } from '../../../src/core/suggest/titled-holders';

function holders(text: string) {
  return findStances(text).map((s) => [s.actor, s.stance]);
}

describe('offices as holders', () => {
  it('finds an office as the subject of a sentence', () => {
    expect(officeSubject('The Vice President also sent a letter to mayors urging them to act.')).toBe(
      'Vice President',
    );
    expect(officeSubject('In addition, the Prime Minister will visit Leeds.')).toBe('Prime Minister');
    expect(officeSubject('The President’s Budget includes funding.')).toBe(undefined);
  });

  it('resolves an office to an earlier holder that contains it, else to the last "Office Name" written', () => {
    const known = ['Secretary of State for Transport'];
    expect(fullerOfficeName('the Secretary of State', known, '', 0)).toBe('Secretary of State for Transport');
    const text = 'A summit hosted by Vice President Ames, with governors. ';
    expect(fullerOfficeName('Vice President', [], text, text.length)).toBe('Vice President Ames');
    expect(fullerOfficeName('Cheshire Council', known, text, text.length)).toBe(undefined);
  });

  it('names the office holder of a demand made in the third person', () => {
    const text =
      'Ministers met at a summit hosted by Vice President Ames, who set out the plan.\n\nThe Vice President also wrote to governors calling on them to join the new partnership.';
    expect(holders(text)).toEqual([['Vice President Ames', 'support']]);
  });

  it('gives a second actor its own refusal to comment after ", and"', () => {
    const text =
      'Observations from the Secretary of State for Transport:\n\nKent County Council is responsible for local roads, and the Secretary of State cannot comment on the merits of any scheme.';
    expect(holders(text)).toEqual([['Secretary of State for Transport', 'neutral']]);
  });
});

describe('holders in other wordings', () => {
  it('gives a report’s view to the body that wrote it', () => {
    expect(
      holders('The Resolution Trust’s 2022 paper “Fair shares” proposes instead raising the allowance.'),
    ).toEqual([['Resolution Trust', 'support']]);
  });

  it('skips a speaker’s aside to the subject after it', () => {
    const text =
      'The Minister for Housing (Ann Lee): I will update members.\n\nAs I said previously, council officers repeatedly encourage landlords to register their homes.';
    expect(holders(text)).toEqual([['council officers', 'support']]);
  });

  it('drops a leading connective and a possessive from a holder', () => {
    expect(holders('So the Treasury have asked the regulator to publish a full report.')).toEqual([
      ['Treasury', 'support'],
    ]);
    expect(holders('The Department’s policy is not to intervene in local disputes.')).toEqual([
      ['Department', 'oppose'],
    ]);
  });
});

describe('subjects that do not hold the view', () => {
  it('gives a verdict on a thing to the speaker, not to the thing judged', () => {
    const text =
      'The Department for Transport announced the fund today.\n\nThe Bus Recovery Grant is contributing to a fairer recovery.';
    expect(holders(text)).toEqual([['Department for Transport', 'support']]);
  });

  it('does not take who is asked as who asks', () => {
    const text = 'Public Health Wales published the advice today.\n\nPeople are being urged to book a check.';
    expect(holders(text)).toEqual([['Public Health Wales', 'support']]);
  });

  it('names a body written as its office ("the government") before the cue', () => {
    const found = findStances(
      'How the benefit, and one reform the government is reportedly considering, work.',
    );
    expect(found.map((s) => [s.stance, s.actor])).toEqual([['unsure', 'government']]);
  });

  it('gives a petition’s "further notes that" to the petitioners, and the named body its own cue', () => {
    const text = [
      'The Petition of residents of Eastwick,',
      'Declares that the library is valued by the whole town.',
      'further notes that Eastwick Council is considering plans to close the library, due to the unfair cuts it faces.',
    ].join('\n');
    expect(holders(text)).toEqual([
      ['Eastwick Council', 'unsure'],
      ['residents of Eastwick', 'oppose'],
    ]);
  });

  it('reads the subject of a reported clause after "that"', () => {
    expect(holders('Declares that the Residents Forum supports the bus lane being kept.')).toEqual([
      ['Residents Forum', 'support'],
    ]);
  });
});

describe('the author speaks again after a quotation', () => {
  it('ends a "said:" voice with its quoted paragraphs', () => {
    const text = [
      'A new campaign was launched by the Department for Education today.',
      'Schools minister Ann Lee said:',
      '‘We know the tutoring programme works.’',
      'The adverts launched today will help ensure the scheme remains a trusted source of help.',
    ].join('\n\n');
    expect(holders(text)).toEqual([
      ['Ann Lee', 'support'],
      ['Department for Education', 'support'],
    ]);
  });

  it('never takes a connective or an article opening the sentence as the holder', () => {
    const text =
      'Ann Rowe:\n\nHello.\n\nTom Hale:\n\nHello.\n\nAnn Rowe:\n\nTherefore, the full reopening of the pier is called for.';
    expect(holders(text)).toEqual([['Ann Rowe', 'support']]);
  });

  it('takes a nationality and the people it names as the holder, and "they" after them as the same', () => {
    const text =
      'Mr. BRANDT. Mr. Speaker, I will be brief.\n\nThe American people have rejected the toll plan. They have rejected the bridge levy too.';
    expect(holders(text)).toEqual([
      ['American people', 'oppose'],
      ['American people', 'oppose'],
    ]);
  });

  it('keeps a run-in heading and an opening date out of the holder', () => {
    expect(holders('On 2 December the Council confirmed they will reduce the ferry levy.')).toEqual([
      ['Council', 'support'],
    ]);
    expect(holders('Local capacity: The Harbour Board welcomes the new pier.')).toEqual([
      ['Harbour Board', 'support'],
    ]);
  });

  it('reads a body’s stated ambition or mission as its position', () => {
    expect(holders('Today the council’s ambition to open a new ferry route moved a step closer.')).toEqual([
      ['council', 'support'],
    ]);
  });

  it('gives a refusal to its subject, not to the text’s author', () => {
    const text =
      'Harbour Remarks by Director Jo Bell\n\nThe Mayor has made it clear that he will no longer stand for landlords ignoring repairs.';
    expect(holders(text)).toEqual([['Mayor', 'oppose']]);
  });
});
