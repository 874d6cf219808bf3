// Which claims a briefing cites: accepted and verified ones that are not deleted; never a suggestion
// waiting for a decision, a rejected one, or a deleted claim whatever its status.
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../../../src/core/briefing/compose-briefing';
import { isCitableClaim, selectCitableClaims } from '../../../src/core/briefing/citable-claims';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import type { Claim, ClaimStatus, Source } from '../../../src/core/model/records';

const TEXT = 'One. Two. Three. Four. Five. Six. Seven. Eight.';
const source = { id: 'a'.repeat(64), text: TEXT, title: 'Doc', metadata: { type: 'report' } } as Source;

function claim(id: string, status: ClaimStatus, deleted: boolean, quote: string): Claim {
  const start = TEXT.indexOf(quote);
  return {
    id,
    sourceId: source.id,
    target: { source: source.id, selector: describeRange(TEXT, start, start + quote.length) },
    kind: 'quote',
    fields: {},
    statement: '',
    tagIds: [],
    note: '',
    status,
    createdAt: '2024-01-01T00:00:00.000Z',
    createdBy: 'r',
    updatedAt: '2024-01-01T00:00:00.000Z',
    updatedBy: 'r',
    deleted,
  };
}

const claims = [
  claim('accepted', 'accepted', false, 'One.'),
  claim('verified', 'verified', false, 'Two.'),
  claim('suggested', 'suggested', false, 'Three.'),
  claim('rejected', 'rejected', false, 'Four.'),
  claim('accepted-deleted', 'accepted', true, 'Five.'),
  claim('verified-deleted', 'verified', true, 'Six.'),
];

describe('citable claims', () => {
  it('are the accepted and verified claims that are not deleted', () => {
    expect(selectCitableClaims(claims).map((c) => c.id)).toEqual(['accepted', 'verified']);
    expect(claims.filter(isCitableClaim).map((c) => c.id)).toEqual(['accepted', 'verified']);
  });

  it('are exactly what a briefing cites', () => {
    const note = composeBriefing({ title: 'B', claims, sources: [source], style: 'apa', generatedAt: 'now' });
    expect(note.citations.map((c) => [c.n, c.quote])).toEqual([
      [1, 'One.'],
      [2, 'Two.'],
    ]);
  });
});
