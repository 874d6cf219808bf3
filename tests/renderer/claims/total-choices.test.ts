// The figures a figure can be marked as the total of: the other listed figures of its own source, in text
// order, named by passage and value; never itself, another source's, a suggestion or a deleted claim.
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import type { Claim } from '../../../src/core/model/records';
import { listTotalChoices } from '../../../src/renderer/features/claims/total-choices';

const TEXT =
  'This £11.22m total is split £2.7 million for local authorities and £8.52 million for companies.';

function figure(id: string, passage: string, value: number, extra: Partial<Claim> = {}): Claim {
  const start = TEXT.indexOf(passage);
  return {
    id,
    sourceId: 's1',
    target: { source: 's1', selector: describeRange(TEXT, start, start + passage.length) },
    kind: 'figure',
    fields: { value, unit: 'GBP' },
    statement: '',
    tagIds: [],
    note: '',
    status: 'accepted',
    createdAt: '2030-01-01T00:00:00.000Z',
    createdBy: 'r',
    updatedAt: '2030-01-01T00:00:00.000Z',
    updatedBy: 'r',
    deleted: false,
    ...extra,
  };
}

describe('listTotalChoices', () => {
  it('offers the other listed figures of the same source, in text order', () => {
    const claims = [
      figure('c-852', '£8.52 million', 8_520_000),
      figure('c-total', '£11.22m', 11_220_000),
      figure('c-27', '£2.7 million', 2_700_000),
      figure('c-other', '£2.7 million', 2_700_000, { sourceId: 's2' }),
      figure('c-suggested', '£8.52 million', 8_520_000, { status: 'suggested' }),
      figure('c-deleted', '£2.7 million', 2_700_000, { deleted: true }),
      { ...figure('c-quote', '£2.7 million', 0), kind: 'quote' as const, fields: {} },
    ];
    expect(listTotalChoices(claims, 's1', 'c-total')).toEqual([
      { id: 'c-27', label: '£2.7 million · GBP 2,700,000' },
      { id: 'c-852', label: '£8.52 million · GBP 8,520,000' },
    ]);
    expect(listTotalChoices(claims, 's1').map((c) => c.id)).toEqual(['c-total', 'c-27', 'c-852']);
  });
});
