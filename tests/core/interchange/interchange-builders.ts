// A small library for the interchange tests whose source text has emoji and CJK before its quotes, so
// that code-point and UTF-16 offsets differ, with nested tags, notes, statements and every claim kind.
import { createHash } from 'node:crypto';
import type { Claim, Library, Source } from '../../../src/core/model/records';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import { makeClaim, makeResearcher, makeTag, T0 } from '../exchange/library-builders';

const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

export const WIDE_TEXT =
  '报告 😀🎉 称：伦敦 𠀋 的预算为 £11.22m，比去年 👍 多。\n' +
  'The council said on 3 May 2024 that “funding will rise by 12%” and opposed the cuts.\n' +
  'A second line 🧪 about =SUM(A1) formulas, "quotes", and commas.\n';

export function makeTextSource(text: string, overrides: Partial<Source> = {}): Source {
  return {
    id: sha256(`file:${text}`),
    textHash: sha256(text),
    title: 'Council budget report',
    format: 'txt',
    fileName: 'report.txt',
    extractorVersion: 'txt/1+text/1',
    metadata: { type: 'report', title: 'Council budget report', URL: 'https://example.org/budget' },
    text,
    importedAt: T0,
    updatedAt: T0,
    updatedBy: 'r-alice',
    deleted: false,
    ...overrides,
  };
}

/** A quote claim on `source` at the first occurrence of `quote` (library-builders' makeClaim, as a quote). */
export function claimOn(source: Source, quote: string, overrides: Partial<Claim>): Claim {
  return makeClaim(source, quote, { id: 'claim', kind: 'quote', fields: {}, ...overrides });
}

export function makeWideLibrary(): Library {
  const source = makeTextSource(WIDE_TEXT);
  const money = makeTag({ id: 'tag-money', name: 'Money', colour: '#0072b2', description: 'All money' });
  const funding = makeTag({ id: 'tag-funding', name: 'Funding', parentId: 'tag-money', colour: '#e69f00' });
  const later = '2024-06-02T10:30:00.000Z';
  return {
    researchers: [makeResearcher(), makeResearcher('r-bob', 'Bob Brown')],
    tags: [money, funding],
    sources: [source],
    claims: [
      claimOn(source, '£11.22m', {
        id: 'claim-figure',
        kind: 'figure',
        fields: { value: 11_220_000, unit: 'GBP', approximate: true },
        statement: 'The budget is £11.22m.',
        tagIds: ['tag-funding'],
        note: 'Check against the\nannual accounts.',
        status: 'verified',
        updatedAt: later,
        updatedBy: 'r-bob',
      }),
      claimOn(source, '3 May 2024', {
        id: 'claim-date',
        kind: 'date',
        fields: { startDate: '2024-05-03', precision: 'day' },
        tagIds: ['tag-money', 'tag-funding'],
        createdBy: 'r-bob',
        updatedBy: 'r-bob',
      }),
      claimOn(source, 'opposed the cuts', {
        id: 'claim-stance',
        kind: 'stance',
        fields: { actor: 'The council', stance: 'oppose', topic: 'cuts' },
        status: 'suggested',
        target: {
          source: source.id,
          selector: describeRange(
            source.text,
            source.text.indexOf('opposed'),
            source.text.indexOf('opposed') + 16,
          ),
          page: 0,
        },
      }),
      claimOn(source, '伦敦 𠀋 的预算', { id: 'claim-quote', note: '"Quoted" by the mayor' }),
      claimOn(source, 'formulas', { id: 'claim-gone', deleted: true }),
    ],
    briefings: [],
  };
}
