// Small sources and claims for the cross-check tests: a source is any text, a claim quotes the first
// occurrence of a passage in it (after an optional offset), accepted unless told otherwise.
import type { Claim, ClaimFields, ClaimKind, Source } from '../../../src/core/model/records';

const T0 = '2026-01-01T09:00:00.000Z';
let counter = 0;

export function textSource(id: string, text: string): Source {
  return {
    id,
    textHash: id,
    title: id,
    format: 'txt',
    fileName: `${id}.txt`,
    extractorVersion: 'txt/1+text/1',
    metadata: { type: 'report' },
    text,
    importedAt: T0,
    updatedAt: T0,
    updatedBy: 'r',
    deleted: false,
  };
}

export type ClaimOptions = Partial<Omit<Claim, 'fields'>> & { from?: number };

export function claimOn(
  source: Source,
  quote: string,
  kind: ClaimKind,
  fields: ClaimFields,
  options: ClaimOptions = {},
): Claim {
  const { from = 0, ...overrides } = options;
  const start = source.text.indexOf(quote, from);
  if (start < 0) throw new Error(`"${quote}" is not in ${source.id}`);
  const end = start + quote.length;
  counter += 1;
  return {
    id: `c${String(counter).padStart(4, '0')}`,
    sourceId: source.id,
    target: {
      source: source.id,
      selector: [
        { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start, end },
      ],
    },
    kind,
    fields,
    tagIds: [],
    note: '',
    statement: '',
    status: 'accepted',
    createdAt: T0,
    createdBy: 'r',
    updatedAt: T0,
    updatedBy: 'r',
    deleted: false,
    ...overrides,
  };
}

/** A figure claim on `quote` with the value and unit given (as the researcher saved them). */
export function figureOn(
  source: Source,
  quote: string,
  value: number,
  unit: NonNullable<ClaimFields['unit']>,
  options: ClaimOptions & { approximate?: boolean; totalOf?: string[] } = {},
): Claim {
  const { approximate, totalOf, ...rest } = options;
  return claimOn(
    source,
    quote,
    'figure',
    { value, unit, ...(approximate ? { approximate } : {}), ...(totalOf ? { totalOf } : {}) },
    rest,
  );
}
