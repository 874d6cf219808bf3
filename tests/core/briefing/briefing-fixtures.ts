// Sources and claims for the briefing tests: corpus documents imported the way the app imports them, and
// claims made on exact passages of them (as a researcher's selection would).
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import { createSource, extractDocument } from '../../../src/core/import/extract-document';
import type {
  Claim,
  ClaimFields,
  ClaimKind,
  ClaimStatus,
  Source,
  Tag,
} from '../../../src/core/model/records';
import { corpusUrl } from '../../support/repo-paths';

export const now = '2026-11-24T10:00:00.000Z';

export async function importCorpus(name: string): Promise<Source> {
  const file = { name, bytes: new Uint8Array(readFileSync(new URL(`formats/${name}`, corpusUrl))) };
  const extracted = await extractDocument(file, { parseHtml: (html) => parseHTML(html).document });
  return createSource(file, extracted, { researcherId: 'r1', now });
}

let nextId = 0;
export function claimOn(
  source: Source,
  quote: string,
  kind: ClaimKind,
  fields: ClaimFields = {},
  extra: {
    status?: ClaimStatus;
    note?: string;
    tagIds?: string[];
    deleted?: boolean;
    occurrence?: number;
  } = {},
): Claim {
  let start = source.text.indexOf(quote);
  for (let i = 0; i < (extra.occurrence ?? 0); i++) start = source.text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`not in source: ${quote}`);
  const id = `claim-${String(nextId++).padStart(3, '0')}`;
  return {
    id,
    sourceId: source.id,
    target: { source: source.id, selector: describeRange(source.text, start, start + quote.length) },
    kind,
    fields,
    tagIds: extra.tagIds ?? [],
    note: extra.note ?? '',
    statement: '',
    status: extra.status ?? 'accepted',
    createdAt: now,
    createdBy: 'r1',
    updatedAt: now,
    updatedBy: 'r1',
    deleted: extra.deleted ?? false,
  };
}

export const tag = (id: string, name: string): Tag => ({
  id,
  name,
  parentId: null,
  colour: '#336699',
  description: '',
  updatedAt: now,
  updatedBy: 'r1',
  deleted: false,
});

/** A small hand-made source: text with blank-line paragraphs, full CSL metadata. */
export function plainSource(text: string, extra: Partial<Source> = {}): Source {
  return {
    id: extra.id ?? 'f'.repeat(64),
    textHash: 'e'.repeat(64),
    title: 'Written answer',
    format: 'txt',
    fileName: 'answer.txt',
    extractorVersion: 'txt/1+text/1',
    metadata: {
      type: 'report',
      title: 'Social Services: Children',
      author: [{ literal: 'Department for Education' }],
      publisher: 'UK Parliament',
      issued: { 'date-parts': [[2017, 12, 12]] },
      URL: 'https://questions-statements.parliament.uk/written-questions/detail/2017-12-04/117950',
    },
    text,
    importedAt: now,
    updatedAt: now,
    updatedBy: 'r1',
    deleted: false,
    ...extra,
  };
}
