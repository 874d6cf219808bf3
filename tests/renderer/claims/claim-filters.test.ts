// Filtering the Claims list by a tag, alone or with the tags under it in the codebook (the whole-list
// filter the briefing and export dialogs use; storage's queries are compared with it in
// tests/renderer/storage/listed-claims.test.ts).
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/model/records';
import { filterClaims } from '../../../src/renderer/features/claims/claim-filters';
import { NO_FILTERS } from '../../../src/renderer/store/slices/filters';
import { FIRST_DOC, makeClaim, makeCorpusSource, makeTag } from '../../core/exchange/library-builders';

const source = makeCorpusSource(FIRST_DOC);
const tags = [
  makeTag({ id: 'f', name: 'Funding' }),
  makeTag({ id: 'g', name: 'Grants', parentId: 'f' }),
  makeTag({ id: 'r', name: 'Research', parentId: 'g' }),
  makeTag({ id: 'o', name: 'Other' }),
];
const claim = (id: string, tagIds: string[], extra: Partial<Claim> = {}) =>
  makeClaim(source, '£11.22m', { id, tagIds, ...extra });
const claims = [
  claim('on-f', ['f']),
  claim('on-r', ['r']),
  claim('on-o', ['o']),
  claim('suggested-on-f', ['f'], { status: 'suggested' }),
];

describe('filterClaims by tag', () => {
  it('lists claims with the tag itself, or with any tag under it when asked', () => {
    const ids = (withSubtags: boolean) =>
      filterClaims(claims, { ...NO_FILTERS, tagId: 'f', withSubtags }, null, tags).map((c) => c.id);
    expect(ids(false)).toEqual(['on-f']);
    expect(ids(true)).toEqual(['on-f', 'on-r']);
  });
});
