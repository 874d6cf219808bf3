// What a claim card says beside the passage: the figure as written and as parsed, a date at its precision,
// a stance's actor and position; nothing for a quote or a figure with no value recorded.
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import type { Claim, ClaimFields } from '../../../src/core/model/records';
import { describeClaimValue } from '../../../src/renderer/features/claims/describe-claim-value';

const TEXT = 'It cost £8.52m, about 10% more, in October 2014. Barnardo’s warns against it. £2.7 m';

function claimOn(passage: string, kind: Claim['kind'], fields: ClaimFields): Claim {
  const start = TEXT.indexOf(passage);
  return {
    id: 'c',
    sourceId: 's',
    target: { source: 's', selector: describeRange(TEXT, start, start + passage.length) },
    kind,
    fields,
    statement: '',
    tagIds: [],
    note: '',
    status: 'accepted',
    createdAt: '2030-01-01T00:00:00.000Z',
    createdBy: 'r',
    updatedAt: '2030-01-01T00:00:00.000Z',
    updatedBy: 'r',
    deleted: false,
  };
}

describe('describeClaimValue', () => {
  it('shows a figure as written and as parsed', () => {
    expect(describeClaimValue(claimOn('£8.52m', 'figure', { value: 8_520_000, unit: 'GBP' }))).toBe(
      '£8.52m · GBP 8,520,000',
    );
    expect(describeClaimValue(claimOn('£2.7 m', 'figure', { value: 2_700_000, unit: 'GBP' }))).toBe(
      '£2.7 m · GBP 2,700,000',
    );
    expect(
      describeClaimValue(claimOn('about 10%', 'figure', { value: 10, unit: 'percent', approximate: true })),
    ).toBe('about 10% · ≈ 10%');
    expect(describeClaimValue(claimOn('10%', 'figure', { value: 10, unit: 'percent' }))).toBe('10%');
    expect(describeClaimValue(claimOn('£8.52m', 'figure', {}))).toBe('');
  });

  it('does not repeat a long passage beside its value', () => {
    const long = 'It cost £8.52m, about 10% more, in October 2014.';
    expect(describeClaimValue(claimOn(long, 'figure', { value: 8_520_000, unit: 'GBP' }))).toBe(
      'GBP 8,520,000',
    );
  });

  it('shows a date at its precision and a stance as actor and position', () => {
    expect(
      describeClaimValue(
        claimOn('October 2014', 'date', {
          startDate: '2014-10-01',
          endDate: '2014-10-31',
          precision: 'month',
        }),
      ),
    ).toBe('October 2014');
    expect(
      describeClaimValue(claimOn('Barnardo’s warns', 'stance', { actor: 'Barnardo’s', stance: 'oppose' })),
    ).toBe('Barnardo’s — oppose');
    expect(describeClaimValue(claimOn('Barnardo’s warns', 'stance', {}))).toBe('');
    expect(describeClaimValue(claimOn('It cost', 'quote', {}))).toBe('');
  });
});
