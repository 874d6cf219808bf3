// Zod schemas for each record of a Library, mirroring src/core/model/records.ts field for field. Objects
// are strict (an unknown field is an error, never silently dropped), and every string and list has a limit,
// so a bundle from elsewhere cannot smuggle in odd shapes or absurd sizes. Cross-record rules (references,
// quotes that match their source) live in library-checks.ts.
import { z } from 'zod';
import { isStoredWebAddress } from '../model/web-address';
import { BRIEFING_SECTION_KINDS, BRIEFING_STYLES } from '../model/briefing-labels';
import { DATE_PRECISIONS, FIGURE_UNITS, STANCE_LABELS } from '../model/claim-labels';
import { LIMITS } from '../limits';

export { LIMITS };

const CLAIM_KINDS = ['figure', 'date', 'stance', 'quote'] as const;

/** Ids the app makes (UUID, ULID) and simple ones such as the CLI's `cli` researcher. */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const HEX_SHA256 = /^[0-9a-f]{64}$/;
const CALENDAR_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const COLOUR = /^#[0-9a-fA-F]{6}$/;

const text = (max: number) => z.string().max(max, { error: `is too long (at most ${max} characters)` });
const nonEmpty = (max: number) => text(max).min(1, { error: 'must not be empty' });
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max, { error: `has too many entries (at most ${max})` });
const offset = () => z.int({ error: 'must be a whole number' }).min(0, { error: 'must be 0 or more' });

export const recordIdSchema = z
  .string()
  .max(LIMITS.id, { error: `is too long (at most ${LIMITS.id} characters)` })
  .regex(RECORD_ID_PATTERN, { error: 'must be an id of letters, digits and . _ : -' });
export const sha256HexSchema = z
  .string()
  .regex(HEX_SHA256, { error: 'must be a SHA-256 in lower-case hex (64 characters)' });
export const timestampSchema = z.iso.datetime({
  error: 'must be an ISO 8601 UTC time such as 2024-05-01T12:00:00Z',
});
const calendarDate = z
  .string()
  .regex(CALENDAR_DATE, { error: 'must be a date such as 2024, 2024-05 or 2024-05-01' });

const versioned = {
  id: recordIdSchema,
  updatedAt: timestampSchema,
  updatedBy: recordIdSchema,
  deleted: z.boolean(),
};

export const researcherSchema = z.strictObject({ ...versioned, displayName: nonEmpty(LIMITS.shortText) });

export const tagSchema = z.strictObject({
  ...versioned,
  name: nonEmpty(LIMITS.shortText),
  parentId: recordIdSchema.nullable(),
  colour: z.string().regex(COLOUR, { error: 'must be a colour such as #1f77b4' }),
  description: text(LIMITS.description),
  mergedInto: recordIdSchema.optional(),
});

const cslDate = z.union([
  z.strictObject({
    'date-parts': list(z.tuple([z.int(), z.int().optional(), z.int().optional()]), 2).min(1),
  }),
  z.strictObject({ raw: text(LIMITS.shortText) }),
]);
const cslName = z.strictObject({
  family: text(LIMITS.shortText).optional(),
  given: text(LIMITS.shortText).optional(),
  literal: text(LIMITS.title).optional(),
});
const cslMetadata = z.strictObject({
  type: nonEmpty(LIMITS.shortText),
  title: text(LIMITS.title).optional(),
  author: list(cslName, LIMITS.names).optional(),
  publisher: text(LIMITS.title).optional(),
  issued: cslDate.optional(),
  URL: text(LIMITS.url)
    .refine(isStoredWebAddress, { error: 'must be an http(s) web address, written in its normalised form' })
    .optional(),
  accessed: cslDate.optional(),
});

const pageSpan = z
  .strictObject({
    index: offset(),
    label: text(LIMITS.shortText),
    start: offset(),
    end: offset(),
    ocr: z.strictObject({ confidence: z.number().min(0).max(100) }).optional(),
  })
  .refine((p) => p.start <= p.end, { path: ['end'], error: 'must not be before start' });

export const sourceSchema = z
  .strictObject({
    ...versioned,
    id: sha256HexSchema,
    textHash: sha256HexSchema,
    title: nonEmpty(LIMITS.title).refine((t) => t.trim() !== '', { error: 'must not be blank' }),
    format: z.enum(['txt', 'md', 'html', 'pdf', 'docx']),
    fileName: nonEmpty(LIMITS.title),
    extractorVersion: nonEmpty(LIMITS.shortText),
    metadata: cslMetadata,
    text: text(LIMITS.sourceText),
    pages: list(pageSpan, LIMITS.pages).optional(),
    supersedes: sha256HexSchema.optional(),
    importedAt: timestampSchema,
  })
  .superRefine((source, ctx) => {
    source.pages?.forEach((page, i) => {
      if (page.end > source.text.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['pages', i, 'end'],
          message: `(${page.end}) is past the end of the text (${source.text.length} characters)`,
        });
      }
    });
  });

const quoteSelector = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: nonEmpty(LIMITS.quote),
  prefix: text(LIMITS.context),
  suffix: text(LIMITS.context),
});
const positionSelector = z
  .strictObject({ type: z.literal('TextPositionSelector'), start: offset(), end: offset() })
  .refine((p) => p.start <= p.end, { path: ['end'], error: 'must not be before start' });

const claimFields = z.strictObject({
  value: z.number().optional(),
  unit: z.enum(FIGURE_UNITS).optional(),
  approximate: z.boolean().optional(),
  startDate: calendarDate.optional(),
  endDate: calendarDate.optional(),
  precision: z.enum(DATE_PRECISIONS).optional(),
  actor: text(LIMITS.title).optional(),
  stance: z.enum(STANCE_LABELS).optional(),
  topic: text(LIMITS.title).optional(),
  totalOf: list(recordIdSchema, LIMITS.totalOf).optional(),
});

export const claimSchema = z.strictObject({
  ...versioned,
  sourceId: sha256HexSchema,
  target: z.strictObject({
    source: sha256HexSchema,
    selector: z.tuple([quoteSelector, positionSelector]),
    page: offset().optional(),
    orphaned: z.literal(true).optional(),
    previousQuote: nonEmpty(LIMITS.quote).optional(),
  }),
  kind: z.enum(CLAIM_KINDS),
  fields: claimFields,
  statement: text(LIMITS.statement),
  tagIds: list(recordIdSchema, LIMITS.tagIdsPerClaim),
  note: text(LIMITS.note),
  status: z.enum(['suggested', 'accepted', 'verified', 'rejected']),
  createdAt: timestampSchema,
  createdBy: recordIdSchema,
});

export const briefingSchema = z.strictObject({
  ...versioned,
  title: text(LIMITS.title),
  introduction: text(LIMITS.introduction),
  sections: list(z.enum(BRIEFING_SECTION_KINDS), BRIEFING_SECTION_KINDS.length),
  claimFilter: z.strictObject({
    kinds: list(z.enum(CLAIM_KINDS), CLAIM_KINDS.length).optional(),
    tagIds: list(recordIdSchema, LIMITS.filterEntries).optional(),
    sourceIds: list(sha256HexSchema, LIMITS.filterEntries).optional(),
  }),
  style: z.enum(BRIEFING_STYLES),
});

/** Each library table's record schema, in the order a bundle lists the tables. */
export const TABLE_SCHEMAS = {
  researchers: researcherSchema,
  tags: tagSchema,
  sources: sourceSchema,
  claims: claimSchema,
  briefings: briefingSchema,
} as const;
