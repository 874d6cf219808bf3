// The briefing document built from corpus claims: the sections in order with their content, citations
// numbered by first use with locator and verification, each source once in References, only citable claims.
import { beforeAll, describe, expect, it } from 'vitest';
import { composeBriefing } from '../../../src/core/briefing/compose-briefing';
import { checkQuotes } from '../../../src/core/briefing/check-quotes';
import type { BriefingDocument, Section } from '../../../src/core/briefing/document/briefing-document';
import type { Claim, Source } from '../../../src/core/model/records';
import { claimOn, importCorpus, now } from './briefing-fixtures';

let naas: Source;
let lgc: Source;
let claims: Claim[];

beforeAll(async () => {
  naas = await importCorpus('000_38c8a26222ede8aa.utf16le.txt');
  lgc = await importCorpus('002_f51d64f123fd7464.cp1252.txt');
  claims = [
    claimOn(naas, '£8.52m', 'figure', { value: 8.52e6, unit: 'GBP' }),
    claimOn(naas, '£2.7 m', 'figure', { value: 2.7e6, unit: 'GBP' }),
    claimOn(naas, '£11.22m', 'figure', { value: 11.22e6, unit: 'GBP' }),
    claimOn(naas, 'September 2015', 'date', {
      startDate: '2015-09-01',
      endDate: '2015-09-30',
      precision: 'month',
    }),
    claimOn(naas, 'October 2014', 'date', {
      startDate: '2014-10-01',
      endDate: '2014-10-31',
      precision: 'month',
    }),
    claimOn(
      lgc,
      '“We’d have liked to see more [proposals for] alternative delivery models,” she said.',
      'stance',
      {
        actor: 'Almudena Lara',
        stance: 'support',
        topic: 'alternative delivery models',
      },
    ),
    claimOn(lgc, 'about 285 expressions of interest', 'quote'),
    claimOn(lgc, '£30m', 'figure', { value: 30e6, unit: 'GBP' }, { status: 'suggested' }),
    claimOn(lgc, '10%', 'figure', { value: 10, unit: 'percent' }, { deleted: true }),
  ];
});

const section = (doc: BriefingDocument, kind: Section['kind']) => doc.sections.find((s) => s.kind === kind)!;
const plain = (parts: { type: string; text?: string; n?: number }[]) =>
  parts.map((p) => (p.type === 'cite' ? `[${p.n}]` : p.text)).join('');

function compose(extra: Partial<Parameters<typeof composeBriefing>[0]> = {}) {
  return composeBriefing({
    title: 'NAAS funding',
    claims,
    sources: [naas, lgc],
    style: 'harvard',
    generatedAt: now,
    ...extra,
  });
}

describe('composeBriefing', () => {
  it('has the sections in order, headed as readers and tests expect', () => {
    const doc = compose({ introduction: 'Why this matters.\n\nWhat we found.' });
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Key figures',
      'Timeline',
      'Positions',
      'Cross-checks',
      'Quotes',
      'References',
    ]);
    expect(doc.introduction).toEqual(['Why this matters.', 'What we found.']);
    expect(compose({ sections: ['timeline'] }).sections.map((s) => s.kind)).toEqual([
      'timeline',
      'references',
    ]);
  });

  it('tabulates the key figures with statement and citation, citing only citable claims', () => {
    const doc = compose();
    const table = section(doc, 'key-figures').blocks[0]!;
    expect(table.type).toBe('table');
    if (table.type !== 'table') return;
    expect(table.header).toEqual(['Figure', 'Statement', 'Source']);
    expect(table.rows.map((row) => row.map(plain))).toEqual([
      ['£11,220,000', expect.stringContaining('Is this £11.22m committed'), '[1]'],
      ['£8,520,000', expect.stringContaining('£8.52m of it gong to the private sector'), '[2]'],
      ['£2,700,000', expect.stringContaining('£2.7 m going to'), '[3]'],
    ]);
    expect(doc.citations.map((c) => c.quote)).not.toContain('£30m');
    expect(doc.citations.map((c) => c.quote)).not.toContain('10%');
  });

  it('puts dated claims in date order and positions in an actor × topic matrix', () => {
    const doc = compose();
    const timeline = section(doc, 'timeline').blocks[0]!;
    expect(timeline.type === 'list' && timeline.items.map(plain)).toEqual([
      expect.stringMatching(/^October 2014: There are currently two independent trusts.* \[\d\]$/),
      expect.stringMatching(/^September 2015: There are currently .* \[\d\]$/),
    ]);
    const matrix = section(doc, 'positions').blocks[0]!;
    expect(matrix.type === 'table' && matrix.header).toEqual(['Actor', 'alternative delivery models']);
    expect(matrix.type === 'table' && matrix.rows.map((r) => r.map(plain))).toEqual([
      ['Almudena Lara', 'support [6]'],
    ]);
  });

  it('words injected cross-checks with the citations of their claims, skipping any on uncitable claims', () => {
    const [c852, c27, c1122] = claims;
    const doc = compose({
      crossChecks: [
        {
          kind: 'sum',
          claimIds: [c27!.id, c852!.id, c1122!.id],
          text: '£2.7m and £8.52m add up to the £11.22m total',
        },
        { kind: 'conflict', claimIds: [claims[7]!.id, c852!.id], text: 'Suggested claims are not evidence' },
      ],
    });
    const list = section(doc, 'cross-checks').blocks[0]!;
    expect(list.type === 'list' && list.items.map(plain)).toEqual([
      '£2.7m and £8.52m add up to the £11.22m total [3][2][1]',
    ]);
    const none = section(compose({ crossChecks: [] }), 'cross-checks').blocks[0]!;
    expect(none.type === 'paragraph' && plain(none.content)).toMatch(/^No corroborations/);
  });

  it('finds the cross-checks among the cited claims itself when none are given: the NAAS sum', () => {
    const [c852, c27, c1122] = claims;
    const list = section(compose(), 'cross-checks').blocks[0]!;
    const doc = compose();
    const n = (id: string) => doc.citations.find((c) => c.claimId === id)!.n;
    expect(list.type === 'list' && list.items.map(plain)).toContain(
      `£8.52m and £2.7 m add up to the £11.22m total [${n(c852!.id)}][${n(c27!.id)}][${n(c1122!.id)}]`,
    );
  });

  it('numbers citations by first use, with verbatim quote, locator, context and in-text reference', () => {
    const doc = compose();
    expect(doc.citations.map((c) => c.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const first = doc.citations[0]!;
    expect(first).toMatchObject({ quote: '£11.22m', locator: 'para. 1', verified: true, ocr: false });
    expect(first.inText).toMatch(/^\(‘The Costs of outsourcing and NAAS’, no date, para\. 1\)$/);
    const quote = doc.citations.find((c) => c.quote === 'about 285 expressions of interest')!;
    expect(lgc.text.slice(quote.passage!.start, quote.passage!.end)).toBe(quote.quote);
    expect(quote.context.before.length).toBeGreaterThan(0);
    expect(lgc.text).toContain(`${quote.context.before}${quote.quote}${quote.context.after}`);
    const quotes = section(doc, 'quotes').blocks[0]!;
    expect(quotes.type === 'list' && quotes.items.map(plain)).toEqual([
      '“about 285 expressions of interest” [7]',
    ]);
  });

  it('lists each cited source once in References, and none that is not cited', () => {
    const doc = compose({ sources: [lgc, naas, { ...lgc, id: '9'.repeat(64), title: 'Never cited' }] });
    expect(doc.references.map((r) => r.sourceId).sort()).toEqual([lgc.id, naas.id].sort());
    const refs = section(doc, 'references').blocks[0]!;
    expect(refs.type === 'list' && refs.items.length).toBe(2);
    for (const citation of doc.citations) {
      expect(doc.references[citation.reference]!.sourceId).toBe(citation.sourceId);
    }
  });

  it('marks a quote whose source text changed as unverified, and checkQuotes lists it', () => {
    const altered = { ...naas, text: naas.text.replace('£8.52m', '£8.25m') };
    const doc = compose({ sources: [altered, lgc] });
    expect(doc.citations.filter((c) => !c.verified).map((c) => c.quote)).toEqual(['£8.52m']);
    expect(checkQuotes(doc)).toEqual([
      expect.objectContaining({
        n: 2,
        quote: '£8.52m',
        description: expect.stringMatching(/^\[2\] “£8\.52m” is no longer found exactly in/),
      }),
    ]);
    expect(checkQuotes(compose())).toEqual([]);
  });

  it('is the same whatever order claims and sources come in', () => {
    const a = compose();
    const b = compose({ claims: [...claims].reverse(), sources: [lgc, naas] });
    expect(b).toEqual(a);
  });
});
