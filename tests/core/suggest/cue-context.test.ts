// Wordings around a stance cue that take the position out of it (cue-context.ts), and the ones that keep it:
// wishes inside a condition, purposes nobody owns, forecasts of reach, passives with no nameable agent,
// eligibility rules, parliamentary formulas, counterfactuals, instructions to the reader, findings; ending
// what is condemned; and the conditional commitment, a mixed position.
import { describe, expect, it } from 'vitest';
import { classifyClause } from '../../../src/core/suggest/classify-stance';
import { findStances } from '../../../src/core/suggest/find-stances';

const label = (clause: string) => classifyClause(clause)?.stance;

describe('cues whose context voids them', () => {
  it('reads a wish inside a condition as a scenario, a plain wish as a position', () => {
    expect(label('where growers were charged a levy if they wanted to sell more apples abroad')).toBe(
      undefined,
    );
    expect(label('Growers want a lower levy on apple exports')).toBe('support');
  });

  it('keeps a purpose only when the speaker owns it', () => {
    expect(label('In order to cut waiting lists, trusts taking part will publish weekly figures')).toBe(
      undefined,
    );
    expect(label('in order to cut waiting lists, we will publish weekly figures')).toBe('support');
  });

  it('reads a forecast of how many a scheme reaches as a figure, a forecast of its effect as a verdict', () => {
    expect(label('The rebate will help around 3 million renters this winter')).toBe(undefined);
    expect(label('It will help the 62% who never switch tariff')).toBe(undefined);
    expect(label('These reforms will help tenants hold landlords to account')).toBe('support');
  });

  it('takes a passive agent as a holder only when it can be named', () => {
    expect(label('many of the forms had been approved and endorsed by duty sergeants')).toBe(undefined);
    expect(label('The plan was welcomed by the Royal College of Midwives')).toBe('support');
    expect(label('The levy is supported by local councils')).toBe('support');
  });

  it('reads the conditions of a scheme as rules, not positions', () => {
    expect(label('To be eligible for the grant, applicants must live in the borough')).toBe(undefined);
    expect(label('To qualify, households must earn under £30,000')).toBe(undefined);
  });

  it('reads an instruction to the reader as furniture, a speaker’s rhetorical "you" as a view', () => {
    expect(label('For the best experience we recommend you upgrade your browser')).toBe(undefined);
    expect(label('let me know if you would be willing to help on the stall')).toBe(undefined);
    expect(label('it’s vital to find out how you really are, so that you can get the support you need')).toBe(
      'support',
    );
  });

  it('reads what evidence suggests as a finding, and events that go wrong or cost damages as facts', () => {
    expect(label('what we found suggests that the count is an underestimate')).toBe(undefined);
    expect(label('Evidence suggests that the scheme kept nurseries open')).toBe(undefined);
    expect(label('a stunt goes wrong in the second advert')).toBe(undefined);
    expect(label('floods costing the county £2 billion in damages')).toBe(undefined);
    expect(label('Residents should expect to receive the new bins in May')).toBe(undefined);
  });

  it('reads formulas of parliamentary speech and descriptions of how a scheme works as no position', () => {
    expect(label('With permission, I would like to make a statement about rail fares')).toBe(undefined);
    expect(label('I would like to thank the committee for its report')).toBe(undefined);
    expect(label('I would like to see fares frozen')).toBe('support');
    expect(label('a complaints trigger whereby the council must explain its decision')).toBe(undefined);
  });

  it('reads the business of a sitting as no position', () => {
    expect(label('I propose to take Questions Nos. 4 and 9 together.')).toBe(undefined);
    expect(label('I am delighted to have the opportunity to open this debate.')).toBe(undefined);
    expect(label('I want to draw the attention of the House to the report.')).toBe(undefined);
    expect(label('We need an answer, please.')).toBe(undefined);
    expect(label('I hope that my hon. Friend will have some news for us.')).toBe(undefined);
    expect(label('I hope that the Minister will find the money for the pier.')).toBe('support');
    expect(label('I congratulate my hon. Friend on securing this important debate.')).toBe(undefined);
    expect(label('I congratulate the council on reopening the pier.')).toBe('support');
    expect(label('I propose to abolish the fee.')).toBe('support');
    expect(label('Passengers will be asked to show their tickets at the gate.')).toBe(undefined);
    expect(label('The council has asked the operator to restore the winter timetable.')).toBe('support');
  });

  it('reads the older "I should like to" and thanks offered as formulas, not positions', () => {
    expect(label('With permission, I should like to make a statement about flooding in Kent')).toBe(
      undefined,
    );
    expect(label('I also want to give thanks to the fire crews who worked through the night')).toBe(
      undefined,
    );
    expect(label('We wish to express our gratitude to the volunteers')).toBe(undefined);
    expect(label('I should like to see the ferry subsidy restored')).toBe('support');
    expect(label('Councils should publish their menus')).toBe('support');
  });

  it('reads a filing duty in guidance as a rule, an obligation asked of a body as a position', () => {
    expect(label('Overtime must be reported to the payroll office by the fifth of each month')).toBe(
      undefined,
    );
    expect(label('Claims should be submitted within 28 days of the journey')).toBe(undefined);
    expect(label('Ministers must be held to account for the delays')).toBe('support');
    expect(label('Councils should report their spending on agency staff')).toBe('support');
  });

  it('reads harm and damage described as facts as no objection, and a policy called self-harm as one', () => {
    expect(label('Inspectors found rising levels of self-harm among remand prisoners')).toBe(undefined);
    expect(label('Engineers are assessing the extent of the damage to the bridge')).toBe(undefined);
    expect(label('Leaving the treaty would be an act of economic self-harm')).toBe('oppose');
    expect(label('The closures will damage rural bus services')).toBe('oppose');
  });

  it('reads a scenario contrary to fact and a contrast of outcomes as no position', () => {
    expect(label('If this rule was applied to ferries, they would have to scrap most routes.')).toBe(
      undefined,
    );
    expect(label('If we copied that deal, firms would have to choose where they want to trade.')).toBe(
      undefined,
    );
    expect(label('If we take that deal as a guide, it would be damaging for farming.')).toBe('oppose');
    expect(label('Rather than see more nurseries close, the fund kept them open.')).toBe(undefined);
  });

  it('reads ending what is condemned as wanting it ended', () => {
    expect(label('with a view to eliminating any unfair use of those powers')).toBe('support');
    expect(label('It is unfair to tenants')).toBe('oppose');
  });

  it('does not read "no money was handed back" as an objection', () => {
    expect(label('However, no money was handed back.')).toBe(undefined);
    expect(label('No council backs the plan')).toBe('oppose');
  });
});

describe('conditional commitments', () => {
  it('reads "if they do not ..., the government will legislate" as a mixed position', () => {
    expect(
      label('I have told them that if they do not do so, the government will bring forward legislation'),
    ).toBe('mixed');
    expect(label('unless councils publish the data, we will make it a duty')).toBe('mixed');
  });

  it('gives the speaker of a statement as its holder', () => {
    const text =
      'Home Secretary Jane Doe gave a statement on school meals.\n\nI have told councils that if they do not publish their menus, the government will bring forward legislation.';
    const found = findStances(text);
    expect(found.map((s) => [s.stance, s.actor])).toEqual([['mixed', 'Jane Doe']]);
  });
});
