import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import { buildBriefing, listBriefingQuotes } from '../../../src/core/briefing/build-briefing';
import { createSource, extractDocument } from '../../../src/core/import/extract-document';
import type {
  Claim,
  ClaimFields,
  ClaimKind,
  ClaimStatus,
  Source,
  Tag,
} from '../../../src/core/model/records';
import { corpusUrl as corpus } from '../../support/repo-paths';

const now = '2026-11-24T10:00:00.000Z';
let lgc: Source;
let answer: Source;

async function importCorpus(name: string): Promise<Source> {
  const file = { name, bytes: new Uint8Array(readFileSync(new URL(`formats/${name}`, corpus))) };
  const extracted = await extractDocument(file, { parseHtml: (html) => parseHTML(html).document });
  return createSource(file, extracted, { researcherId: 'r1', now });
}

let nextId = 0;
function claimOn(
  source: Source,
  quote: string,
  kind: ClaimKind,
  fields: ClaimFields,
  extra: { status?: ClaimStatus; note?: string; tagIds?: string[]; deleted?: boolean } = {},
): Claim {
  const start = source.text.indexOf(quote);
  if (start < 0) throw new Error(`not in source: ${quote}`);
  const id = `claim-${String(nextId++).padStart(3, '0')}`;
  return {
    id,
    sourceId: source.id,
    target: { source: source.id, selector: describeRange(source.text, start, start + quote.length) },
    kind,
    fields,
    statement: '',
    tagIds: extra.tagIds ?? [],
    note: extra.note ?? '',
    status: extra.status ?? 'accepted',
    createdAt: now,
    createdBy: 'r1',
    updatedAt: now,
    updatedBy: 'r1',
    deleted: extra.deleted ?? false,
  };
}

const tag = (id: string, name: string): Tag => ({
  id,
  name,
  parentId: null,
  colour: '#336699',
  description: '',
  updatedAt: now,
  updatedBy: 'r1',
  deleted: false,
});

beforeAll(async () => {
  lgc = await importCorpus('002_f51d64f123fd7464.cp1252.txt');
  answer = await importCorpus('004_095d6f8d55d7aa2e.html');
});

describe('buildBriefing', () => {
  it('groups cited claims by kind and lists each source once with its verbatim quotes', () => {
    const claims = [
      claimOn(answer, 'Does this answer the above question?', 'quote', {}),
      claimOn(
        lgc,
        '£30m',
        'figure',
        { value: 30_000_000, unit: 'GBP' },
        { note: 'Innovation\nprogramme', tagIds: ['t2', 't1'] },
      ),
      claimOn(
        lgc,
        '2014-15',
        'date',
        { startDate: '2014-04-01', endDate: '2015-03-31' },
        { status: 'verified' },
      ),
      claimOn(
        lgc,
        '“We’d have liked to see more [proposals for] alternative delivery models,” she said.\n\nHowever, she added',
        'stance',
        {
          actor: 'Almudena Lara',
          stance: 'support',
          topic: 'alternative delivery models',
        },
      ),
    ];
    const markdown = buildBriefing({
      title: 'Outsourcing children’s services',
      claims,
      sources: [answer, lgc],
      tags: [tag('t1', 'funding'), tag('t2', 'councils')],
      generatedAt: now,
    });
    const sections = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual(['Figures', 'Dates', 'Stances', 'Quotes', 'Sources']);
    expect(markdown).toContain('- £30,000,000 — Innovation programme (tags: councils, funding) [1]');
    expect(markdown).toContain('- 2014-15 [2]');
    expect(markdown).toContain('- Almudena Lara: support (alternative delivery models) [3]');
    expect(markdown).toContain('- "Does this answer the above question?" [4]');

    const sources = markdown.slice(markdown.indexOf('## Sources'));
    expect(sources.match(/^\*\*.+\*\*$/gm)).toEqual([`**${lgc.title}**`, '**Social Services: Children**']);
    expect(sources).toContain('[1] "£30m"');
    expect(listBriefingQuotes(markdown)).toEqual(
      claims
        .slice(1)
        .concat(claims[0]!)
        .map((claim, i) => ({ n: i + 1, quote: claim.target.selector[0].exact, verified: true })),
    );
    expect(markdown).not.toContain('quote not found');
  });

  it('cites only accepted and verified claims that are not deleted', () => {
    const claims = [
      claimOn(lgc, '£30m', 'figure', { value: 30e6, unit: 'GBP' }, { status: 'suggested' }),
      claimOn(lgc, '10%', 'figure', { value: 10, unit: 'percent' }, { status: 'rejected' }),
      claimOn(lgc, '285', 'figure', { value: 285, unit: 'count' }, { deleted: true }),
      claimOn(lgc, '60', 'figure', { value: 60, unit: 'count' }, { status: 'verified' }),
    ];
    const markdown = buildBriefing({ title: 'T', claims, sources: [lgc], tags: [], generatedAt: now });
    expect(listBriefingQuotes(markdown).map((q) => q.quote)).toEqual(['60']);
    const empty = buildBriefing({
      title: 'T',
      claims: claims.slice(0, 3),
      sources: [lgc],
      tags: [],
      generatedAt: now,
    });
    expect(empty).toContain('No accepted or verified claims');
    expect(listBriefingQuotes(empty)).toEqual([]);
  });

  it('marks a quote that no longer matches its source, and one whose source is missing', () => {
    const claim = claimOn(lgc, 'about 285 expressions of interest', 'figure', { value: 285, unit: 'count' });
    const changed: Source = {
      ...lgc,
      text: lgc.text.replace('about 285 expressions', 'about 290 expressions'),
    };
    const markdown = buildBriefing({
      title: 'T',
      claims: [claim],
      sources: [changed],
      tags: [],
      generatedAt: now,
    });
    expect(markdown).toContain('[1] "about 285 expressions of interest" (quote not found in source)');
    const orphan = buildBriefing({ title: 'T', claims: [claim], sources: [], tags: [], generatedAt: now });
    expect(orphan).toContain(`**Unknown source ${lgc.id}**`);
    expect(listBriefingQuotes(orphan)).toEqual([
      { n: 1, quote: 'about 285 expressions of interest', verified: false },
    ]);
  });

  it('still verifies a quote that moved within an edited source', () => {
    const claim = claimOn(lgc, 'about 285 expressions of interest', 'figure', { value: 285, unit: 'count' });
    const edited: Source = { ...lgc, text: `Correction appended.\n\n${lgc.text}` };
    const markdown = buildBriefing({
      title: 'T',
      claims: [claim],
      sources: [edited],
      tags: [],
      generatedAt: now,
    });
    expect(listBriefingQuotes(markdown)).toEqual([
      { n: 1, quote: 'about 285 expressions of interest', verified: true },
    ]);
  });

  it('is deterministic whatever order the claims and sources come in', () => {
    const claims = [
      claimOn(lgc, '£30m', 'figure', { value: 30e6, unit: 'GBP' }),
      claimOn(answer, '12th December 2017', 'date', { startDate: '2017-12-12' }),
      claimOn(lgc, '10%', 'figure', { value: 10, unit: 'percent' }),
    ];
    const input = { title: 'T', tags: [], generatedAt: now };
    const a = buildBriefing({ ...input, claims, sources: [lgc, answer] });
    const b = buildBriefing({ ...input, claims: [...claims].reverse(), sources: [answer, lgc] });
    expect(a).toBe(b);
  });

  it('shows what is known about a source for the citation', () => {
    const withMeta: Source = {
      ...lgc,
      metadata: {
        type: 'webpage',
        author: [{ literal: 'Jane Smith' }],
        publisher: 'LGC',
        issued: { 'date-parts': [[2014, 10, 7]] },
        URL: 'https://example.org/story',
      },
    };
    const claim = claimOn(lgc, '£30m', 'figure', { value: 30e6, unit: 'GBP' });
    const markdown = buildBriefing({
      title: 'T',
      claims: [claim],
      sources: [withMeta],
      tags: [],
      generatedAt: now,
    });
    expect(markdown).toContain('Jane Smith · LGC · 2014-10-07 · <https://example.org/story>');
  });
});
