// Builds valid records around real corpus text for the exchange tests: one source per corpus document, and
// claims whose selectors are cut from that text exactly as the app would store them.
import { describeRange } from '../../../src/core/anchoring/describe-range';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusDir } from '../../support/repo-paths';
import type { Briefing, Claim, Library, Researcher, Source, Tag } from '../../../src/core/model/records';

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

export const T0 = '2024-05-01T09:00:00.000Z';

export function makeResearcher(id = 'r-alice', displayName = 'Alice'): Researcher {
  return { id, displayName, updatedAt: T0, updatedBy: id, deleted: false };
}

export function makeTag(overrides: Partial<Tag> = {}): Tag {
  return {
    id: 'tag-funding',
    name: 'Funding',
    parentId: null,
    colour: '#1f77b4',
    description: '',
    updatedAt: T0,
    updatedBy: 'r-alice',
    deleted: false,
    ...overrides,
  };
}

/** A source made from a corpus document's bytes, the way an import of a .txt file records it. */
export function makeCorpusSource(fileName: string): Source {
  const bytes = readFileSync(path.join(corpusDir, 'documents', fileName));
  const text = bytes.toString('utf8').replace(/\r\n?/g, '\n');
  return {
    id: sha256(bytes),
    textHash: sha256(text),
    title:
      text
        .split('\n')
        .find((line) => line.trim())
        ?.slice(0, 120) ?? fileName,
    format: 'txt',
    fileName,
    extractorVersion: 'text-1',
    metadata: { type: 'report', title: fileName },
    text,
    importedAt: T0,
    updatedAt: T0,
    updatedBy: 'r-alice',
    deleted: false,
  };
}

/** A claim on `source` quoting the first occurrence of `quote` in its text. */
export function makeClaim(source: Source, quote: string, overrides: Partial<Claim> = {}): Claim {
  const start = source.text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in source: ${quote}`);
  return {
    id: 'claim-1',
    sourceId: source.id,
    target: { source: source.id, selector: describeRange(source.text, start, start + quote.length) },
    kind: 'figure',
    fields: { value: 11_220_000, unit: 'GBP' },
    statement: '',
    tagIds: [],
    note: '',
    status: 'accepted',
    createdAt: T0,
    createdBy: 'r-alice',
    updatedAt: T0,
    updatedBy: 'r-alice',
    deleted: false,
    ...overrides,
  };
}

export function makeBriefing(overrides: Partial<Briefing> = {}): Briefing {
  return {
    id: 'briefing-1',
    title: 'NAAS funding',
    introduction:
      'Where the money for the accreditation scheme goes.\n\nFigures from the parliamentary answer.',
    sections: ['key-figures', 'cross-checks', 'references'],
    claimFilter: {},
    style: 'harvard',
    updatedAt: T0,
    updatedBy: 'r-alice',
    deleted: false,
    ...overrides,
  };
}

export const FIRST_DOC = '000_38c8a26222ede8aa.txt';

/** A small, valid library: one researcher, one tag, one real source and one claim on it. */
export function makeLibrary(): Library {
  const source = makeCorpusSource(FIRST_DOC);
  const tag = makeTag();
  return {
    researchers: [makeResearcher()],
    tags: [tag],
    sources: [source],
    claims: [makeClaim(source, '£11.22m', { tagIds: [tag.id] })],
    briefings: [],
  };
}
