// Reporting and evaluation wordings of policy texts beyond the corpus: warnings and concern, hostile verbs
// of headlines ("slam"), verdicts ("long overdue"), sums asked for ("need £1bn"), trailing and bracketed
// attributions ("..., unions warn", "the Local Government Association (LGA)"), and a view another body is
// said to share ("a view shared by ...").
import { describe, expect, it } from 'vitest';
import { classifyClause } from '../../../src/core/suggest/classify-stance';
import { findStances } from '../../../src/core/suggest/find-stances';

const label = (clause: string) => classifyClause(clause)?.stance;

function stances(text: string) {
  return findStances(text).map((s) => [text.slice(s.start, s.end), s.actor, s.stance]);
}

describe('verb and verdict classes', () => {
  it('reads warnings, concern and hostile headline verbs as objections', () => {
    expect(label('Teaching unions have warned that the cuts will hit rural pupils')).toBe('oppose');
    expect(label('The BMA said it was deeply concerned about the proposals')).toBe('oppose');
    expect(label('Charities slam benefit cap as cruel')).toBe('oppose');
    expect(label('Tenants’ groups hit out at the rent rise')).toBe('oppose');
  });

  it('reads "long overdue" as a verdict in favour and "need £1bn" as a demand for funding', () => {
    expect(label('It said the changes were long overdue')).toBe('support');
    expect(classifyClause('Schools need £1bn to stand still')).toMatchObject({
      stance: 'support',
      topicHint: 'funding',
    });
  });
});

describe('attributions', () => {
  it('takes the holder from a trailing attribution, named or a plural of bodies', () => {
    expect(stances('Schools need £1bn, unions warn')).toEqual([
      ['Schools need £1bn, unions warn', 'unions', 'support'],
    ]);
    expect(
      stances('Councils must be given the powers to act, the Local Government Association said.'),
    ).toEqual([
      [
        'Councils must be given the powers to act, the Local Government Association said.',
        'Local Government Association',
        'support',
      ],
    ]);
  });

  it('keeps an acronym in brackets with the name, and takes a plural of bodies opening the sentence', () => {
    expect(stances('The Local Government Association (LGA) has called for a review.')).toEqual([
      [
        'The Local Government Association (LGA) has called for a review.',
        'Local Government Association (LGA)',
        'support',
      ],
    ]);
    expect(stances('Head teachers say the cap must rise.')[0]?.[1]).toBe('Head teachers');
  });

  it('does not take the subject of a prescriptive modal as its holder', () => {
    const found = findStances('Funding ought not to depend on where a child lives.');
    expect(found.map((s) => [s.stance, s.actor])).toEqual([['oppose', undefined]]);
  });
});

describe('views another body shares', () => {
  it('gives the shared view’s position to the body after "shared by" or "echoed by"', () => {
    expect(
      stances(
        'The Resolution Foundation argues that the freeze should be lifted. This is a view shared by the Institute for Fiscal Studies.',
      ).map(([, actor, stance]) => [actor, stance]),
    ).toEqual([
      ['Resolution Foundation', 'support'],
      ['Institute for Fiscal Studies', 'support'],
    ]);
    expect(
      stances(
        'Landlords oppose the cap. That concern was echoed by the National Residential Landlords Association.',
      ).map(([, actor, stance]) => [actor, stance]),
    ).toEqual([
      ['Landlords', 'oppose'],
      ['National Residential Landlords Association', 'oppose'],
    ]);
  });

  it('needs a view stated just before', () => {
    expect(stances('This is a view shared by the Institute for Fiscal Studies.')).toEqual([]);
  });
});

describe('verdicts that something works', () => {
  it('reads "we know X works" as a verdict in favour', () => {
    expect(label('We know the helpline works')).toBe('support');
    expect(label('The pilot shows that early help works')).toBe('support');
  });
});

describe('more verbs of support and objection', () => {
  it('reads expressed support, accusations, brandings and concern "by" a proposal', () => {
    expect(label('The Federation of Master Builders expressed support for the licensing scheme')).toBe(
      'support',
    );
    expect(label('The Royal College of GPs accused the government of ignoring the workforce crisis')).toBe(
      'oppose',
    );
    expect(label('Shelter branded the decision a betrayal of renters')).toBe('oppose');
    expect(label('We are deeply concerned by the proposal to close the library')).toBe('oppose');
  });

  it('reads a pledge to keep a policy as support, and a call for more money as support for funding', () => {
    expect(label('The Conservatives would keep the two-child limit')).toBe('support');
    expect(classifyClause('Schools need more money, not less')).toMatchObject({
      stance: 'support',
      topicHint: 'funding',
    });
  });
});

describe('options, credited benefits and reasons', () => {
  it('reads pointing to something as an option as support for it', () => {
    expect(
      label('Ann Lee, fellow at the Fairness Trust, pointed to a land value tax as a possible option'),
    ).toBe('support');
  });

  it('reads credited benefits and measures that "are working" as verdicts in favour', () => {
    expect(label('They show the benefits that the regional funds have brought to small firms')).toBe(
      'support',
    );
    expect(label('we are seeing evidence that the new measures are working')).toBe('support');
  });

  it('reads work under way and help being given as reports of activity, not verdicts', () => {
    expect(label('The agency is working with local councils and housing charities')).toBeUndefined();
    expect(label('Our department is working closely with the regulator')).toBeUndefined();
    expect(label('We are helping tenants to insulate their homes')).toBeUndefined();
    expect(label('A new campaign is helping to raise awareness of apprenticeships')).toBeUndefined();
    expect(label('The pilot scheme is helping hundreds of families')).toBe('support');
    expect(label('Ministers say the reforms are working')).toBe('support');
  });

  it('reads a reason given with "due to" as a statement of its own', () => {
    const text =
      'further notes that the council is considering plans to close the library, due to the unfair level of cuts it faces.';
    expect(findStances(text).map((s) => [text.slice(s.start, s.end), s.stance])).toEqual([
      ['further notes that the council is considering plans to close the library', 'unsure'],
      ['the unfair level of cuts it faces.', 'oppose'],
    ]);
  });
});
