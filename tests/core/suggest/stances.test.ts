import { describe, expect, it } from 'vitest';
import { classifyClause } from '../../../src/core/suggest/classify-stance';
import { splitClauses } from '../../../src/core/suggest/clauses';
import { findStances } from '../../../src/core/suggest/find-stances';
import { splitSentences } from '../../../src/core/suggest/sentences';

const label = (clause: string) => classifyClause(clause)?.stance;

function stances(text: string) {
  return findStances(text).map((s) => ({
    text: text.slice(s.start, s.end),
    actor: s.actor,
    stance: s.stance,
  }));
}

describe('sentences and clauses', () => {
  it('splits at sentence ends and line breaks but not after titles', () => {
    const text = 'Ms. Jones said so. Dr Smith agreed!\nHeading\n“Is it?” she asked.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Ms. Jones said so.',
      'Dr Smith agreed!',
      'Heading',
      '“Is it?” she asked.',
    ]);
  });

  it('cuts a sentence where a second statement starts', () => {
    const text = 'The council is not sure whether it backs the plan, but says that the funding must be kept.';
    const [sentence] = splitSentences(text);
    expect(splitClauses(text, sentence!).map((c) => text.slice(c.start, c.end))).toEqual([
      'The council is not sure whether it backs the plan',
      'says that the funding must be kept.',
    ]);
  });

  it('gives each item of a listed set of positions its own clause', () => {
    const text = 'These include councils keeping control, providers being inspected, and no profit motive.';
    const [sentence] = splitSentences(text);
    expect(splitClauses(text, sentence!).map((c) => text.slice(c.start, c.end))).toEqual([
      'councils keeping control',
      'providers being inspected',
      'no profit motive.',
    ]);
  });
});

describe('stance labels (sentences written for these tests)', () => {
  it('reads support from welcoming, calling for, wanting and recommending', () => {
    expect(label('The Local Government Association welcomes the decision to extend the pilot')).toBe(
      'support',
    );
    expect(label('The charity calls for a national minimum standard for foster care')).toBe('support');
    expect(label('Headteachers want schools to keep control of their budgets')).toBe('support');
    expect(label('The committee recommends that the duty be placed on councils')).toBe('support');
    expect(label('the reforms will give councils greater freedom to pool budgets')).toBe('support');
  });

  it('reads opposition from warnings, objections and verdicts', () => {
    expect(label('The union warns against handing probation services to private firms')).toBe('oppose');
    expect(label('Parents object to the closure of the respite unit')).toBe('oppose');
    expect(label('The review found no convincing case for merging the two inspectorates')).toBe('oppose');
    expect(label('Few of its members support the proposed charges')).not.toBe('support');
    expect(label('None of the respondents support the proposed charges')).toBe('oppose');
  });

  it('applies the funding and profit conventions', () => {
    expect(label('Councils face a £2bn funding gap in adult social care')).toBe('support');
    expect(label('The trust argues that no provider should make a profit from child protection')).toBe(
      'oppose',
    );
    expect(label('Delegation should be limited to not-for-profit bodies such as charities')).toBe('support');
  });

  it('reads indecision, declared neutrality and conditional positions', () => {
    expect(label('The federation is still considering whether to back the bill')).toBe('unsure');
    expect(label('The institute has yet to decide on the proposal')).toBe('unsure');
    expect(label('The society takes no position on the merger')).toBe('neutral');
    expect(label('It suggests that initially only the largest trusts should be allowed to opt out')).toBe(
      'mixed',
    );
  });

  it('does not read findings, reader instructions or plain facts as positions', () => {
    expect(label('Three homes were found to be inadequate at their last inspection')).toBeUndefined();
    expect(label('You must sign in to comment')).toBeUndefined();
    expect(label('The council employs 400 social workers across six offices')).toBeUndefined();
  });
});

describe('findStances', () => {
  it('names the actor from the subject, a heading, or the last actor named', () => {
    const text = [
      'National Housing Federation',
      'The federation welcomes the new rent settlement.',
      'However, it warns against cutting the grant for supported housing.',
      'Shelter argues that the plans are flawed, and it wants a new duty on councils.',
    ].join('\n');
    expect(stances(text)).toEqual([
      {
        text: 'The federation welcomes the new rent settlement.',
        actor: 'National Housing Federation',
        stance: 'support',
      },
      {
        text: 'However, it warns against cutting the grant for supported housing.',
        actor: 'National Housing Federation',
        stance: 'oppose',
      },
      { text: 'Shelter argues that the plans are flawed', actor: 'Shelter', stance: 'oppose' },
      { text: 'it wants a new duty on councils.', actor: 'Shelter', stance: 'support' },
    ]);
  });

  it('gives a statement made for two bodies one suggestion per body over the same span', () => {
    const found = stances('The NHS Confederation and NHS Providers call for a longer funding settlement.');
    expect(found.map((s) => s.actor)).toEqual(['NHS Confederation', 'NHS Providers']);
    expect(new Set(found.map((s) => s.text)).size).toBe(1);
  });

  it('credits quoted speech to the person named after the quote', () => {
    const found = stances('“Ministers must act now to fund early help,” said Jane Doe, chair of the board.');
    expect(found).toEqual([
      expect.objectContaining({ stance: 'support', text: expect.stringContaining('Ministers must act now') }),
    ]);
  });
});
