// The claim form's conversion: only the chosen kind's fields are saved, empty ones are left out, a value
// that is not a number is refused with a message, and an existing claim fills the form back in.
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import type { Claim, Tag } from '../../../src/core/model/records';
import {
  claimToForm,
  formToDraft,
  formToFields,
  newClaimForm,
} from '../../../src/renderer/features/claims/claim-form-state';
import { filterClaims } from '../../../src/renderer/features/claims/claim-filters';
import { prefillClaim } from '../../../src/core/suggest/prefill-claim';

const text = 'The trust cost £8.52m in 2014-15.';
const target = { source: 's1', selector: describeRange(text, 15, 21) };

describe('a new claim form', () => {
  const sentence =
    'Councils were told in October 2014. Barnardo’s warns against profit from child protection.';
  const on = (passage: string) => {
    const start = sentence.indexOf(passage);
    return { source: 's1', selector: describeRange(sentence, start, start + passage.length) };
  };

  it('starts prefilled from the passage as read in its source, every field a string to edit', () => {
    const figure = newClaimForm(prefillClaim, 's1', target, text);
    expect(figure).toMatchObject({ kind: 'figure', value: '8520000', unit: 'GBP', approximate: false });
    expect(figure.statement).toBe('The trust cost £8.52m in 2014-15.');
    expect(newClaimForm(prefillClaim, 's1', on('October 2014'), sentence)).toMatchObject({
      kind: 'date',
      startDate: '2014-10-01',
      endDate: '2014-10-31',
      precision: 'month',
      statement: 'Councils were told in October 2014.',
    });
    expect(newClaimForm(prefillClaim, 's1', on('Barnardo’s warns against profit'), sentence)).toMatchObject({
      kind: 'stance',
      actor: 'Barnardo’s',
      stance: 'oppose',
      statement: 'Barnardo’s warns against profit from child protection.',
    });
    expect(newClaimForm(prefillClaim, 's1', on('Councils were told'), sentence)).toMatchObject({
      kind: 'quote',
      value: '',
    });
  });

  it('reads the quote alone when the source text is not at hand or no longer holds it', () => {
    expect(newClaimForm(prefillClaim, 's1', target)).toMatchObject({
      kind: 'figure',
      value: '8520000',
      statement: '£8.52m',
    });
    expect(newClaimForm(prefillClaim, 's1', target, 'a different text altogether')).toMatchObject({
      kind: 'figure',
    });
  });

  it('saves the statement on one line, as edited', () => {
    const form = {
      ...newClaimForm(prefillClaim, 's1', target, text),
      statement: '  The trust\ncost £8.52m.  ',
    };
    const fields = formToFields(form);
    expect(fields.ok && formToDraft(form, fields.fields, []).statement).toBe('The trust cost £8.52m.');
  });
});

describe('claim form state', () => {
  it('saves only the chosen kind’s fields', () => {
    const form = {
      ...newClaimForm(prefillClaim, 's1', target),
      kind: 'figure' as const,
      value: '8,520,000',
      unit: 'GBP' as const,
    };
    form.actor = 'left over from stance';
    expect(formToFields(form)).toEqual({ ok: true, fields: { value: 8520000, unit: 'GBP' } });
  });

  it('refuses a figure value that is not a number', () => {
    const form = {
      ...newClaimForm(prefillClaim, 's1', target),
      kind: 'figure' as const,
      value: 'about eight',
    };
    const result = formToFields(form);
    expect(result.ok).toBe(false);
  });

  it('fills the form from a saved claim and gives the same draft back', () => {
    const tag: Tag = {
      id: 't1',
      name: 'costs',
      parentId: null,
      colour: '#0072b2',
      description: '',
      updatedAt: '2030-01-01T00:00:00.000Z',
      updatedBy: 'r1',
      deleted: false,
    };
    const claim: Claim = {
      id: 'c1',
      sourceId: 's1',
      target,
      kind: 'date',
      fields: { startDate: '2014-04-01', endDate: '2015-03-31' },
      statement: 'The trust cost £8.52m in 2014-15.',
      tagIds: ['t1'],
      note: 'financial year',
      status: 'accepted',
      createdAt: '2030-01-01T00:00:00.000Z',
      createdBy: 'r1',
      updatedAt: '2030-01-01T00:00:00.000Z',
      updatedBy: 'r1',
      deleted: false,
    };
    const form = claimToForm(claim, new Map([['t1', tag]]));
    expect(form.tagNames).toEqual(['costs']);
    const fields = formToFields(form);
    expect(fields.ok && formToDraft(form, fields.fields, ['t1'])).toEqual({
      id: 'c1',
      sourceId: 's1',
      target,
      kind: 'date',
      fields: claim.fields,
      statement: 'The trust cost £8.52m in 2014-15.',
      tagIds: ['t1'],
      note: 'financial year',
    });
    expect(
      formToFields(
        claimToForm({ ...claim, kind: 'figure', fields: { value: 3, totalOf: ['c2'] } }, new Map()),
      ),
    ).toEqual({ ok: true, fields: { value: 3, totalOf: ['c2'] } });
    expect(filterClaims([claim], { kind: 'figure', tagId: 'all', source: 'all' }, null)).toEqual([]);
    expect(filterClaims([claim], { kind: 'date', tagId: 't1', source: 'open' }, 's1')).toEqual([claim]);
  });
});
