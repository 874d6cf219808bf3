// A hand-written check of each record's shape, for the common case of a valid bundle: the same rules as
// record-schemas.ts (strict objects, limits, patterns, enums, refinements), written as plain loops, so a
// bundle of 100,000 claims is checked in a fraction of what the zod schemas take. It only ever says "valid,
// and here is the record" or "not sure": on any doubt (a rule broken, a value it does not expect) the
// caller runs the zod schema, which gives the verdict and the message. Like zod, it builds each record
// afresh with its fields in the schema's order, so what is written from it is byte for byte the same: that
// order matters beyond the text, since PouchDB derives a revision from a document's JSON, so the same
// record synced from two bundles must be spelt alike. A caller that only merges records and writes them
// again sorted (`evidence merge`) passes `copy: false` and keeps the records as read, unbuilt.
// tests/core/exchange/quick-record-checks.test.ts holds it to the schemas on valid and broken records.
import { isStoredWebAddress } from '../model/web-address';
import { BRIEFING_SECTION_KINDS, BRIEFING_STYLES } from '../model/briefing-labels';
import { DATE_PRECISIONS, FIGURE_UNITS, STANCE_LABELS } from '../model/claim-labels';
import { LIMITS } from '../limits';
import { RECORD_ID_PATTERN, timestampSchema } from './record-schemas';

/** "Not sure": the zod schema decides. */
export const UNSURE = Symbol('unsure');
/** The value, checked (rebuilt in the schema's order when `copy` is not false), or UNSURE. */
type Check = (value: unknown, copy?: boolean) => unknown;
type Shape = Record<string, Check>;

const HEX_SHA256 = /^[0-9a-f]{64}$/;
const CALENDAR_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const COLOUR = /^#[0-9a-fA-F]{6}$/;
// The pattern zod itself tests an ISO time against; without one, every timestamp is left to zod.
const TIMESTAMP = (timestampSchema as unknown as { _zod?: { pattern?: RegExp } })._zod?.pattern;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const text =
  (max: number, min = 0, pattern?: RegExp): Check =>
  (v) =>
    typeof v === 'string' && v.length <= max && v.length >= min && (!pattern || pattern.test(v)) ? v : UNSURE;
const recordId = text(LIMITS.id, 0, RECORD_ID_PATTERN);
const sha256 = text(Infinity, 0, HEX_SHA256);
/** An ISO time by zod's own pattern (quick-parse-bundle.ts checks the envelope's with it too). */
export const timestamp: Check = (v) => (TIMESTAMP && typeof v === 'string' && TIMESTAMP.test(v) ? v : UNSURE);
const bool: Check = (v) => (typeof v === 'boolean' ? v : UNSURE);
const offset: Check = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : UNSURE);
const int: Check = (v) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : UNSURE);
const number: Check = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : UNSURE);
const oneOf = (values: readonly unknown[]): Check => {
  const set = new Set(values);
  return (v) => (set.has(v) ? v : UNSURE);
};
const nullable =
  (check: Check): Check =>
  (v, copy) =>
    v === null ? null : check(v, copy);
const refine =
  (check: Check, holds: (v: never) => boolean): Check =>
  (v, copy) => {
    const out = check(v, copy);
    return out !== UNSURE && holds(out as never) ? out : UNSURE;
  };

const list =
  (item: Check, max: number, min = 0): Check =>
  (v, copy) => {
    if (!Array.isArray(v) || v.length > max || v.length < min) return UNSURE;
    const out = copy === false ? undefined : new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      const checked = item(v[i], copy);
      if (checked === UNSURE) return UNSURE;
      if (out) out[i] = checked;
    }
    return out ?? v;
  };

/** A strict object: only these fields, those not in `optional` present, rebuilt in the shape's order. */
function object(shape: Shape, optional: readonly string[] = []): Check {
  const keys = Object.keys(shape);
  const isOptional = new Set(optional);
  return (v, copy) => {
    if (!isObject(v)) return UNSURE;
    let present = 0;
    const out: Record<string, unknown> | undefined = copy === false ? undefined : {};
    for (const key of keys) {
      if (!Object.hasOwn(v, key)) {
        if (isOptional.has(key)) continue;
        return UNSURE;
      }
      present += 1;
      const checked = shape[key]!(v[key], copy);
      if (checked === UNSURE || checked === undefined) return UNSURE;
      if (out) out[key] = checked;
    }
    // Every field is one the shape knows: an unknown one (or an inherited name) is zod's to report.
    return Object.keys(v).length === present ? (out ?? v) : UNSURE;
  };
}

const versioned = { id: recordId, updatedAt: timestamp, updatedBy: recordId, deleted: bool };

const researcher = object({ ...versioned, displayName: text(LIMITS.shortText, 1) });

const tag = object(
  {
    ...versioned,
    name: text(LIMITS.shortText, 1),
    parentId: nullable(recordId),
    colour: text(Infinity, 0, COLOUR),
    description: text(LIMITS.description),
    mergedInto: recordId,
  },
  ['mergedInto'],
);

const dateParts = object({
  'date-parts': list(
    (v, copy) => (Array.isArray(v) && v.length >= 1 && v.length <= 3 ? list(int, 3)(v, copy) : UNSURE),
    2,
    1,
  ),
});
const rawDate = object({ raw: text(LIMITS.shortText) });
const cslDate: Check = (v, copy) => {
  const parts = dateParts(v, copy);
  return parts !== UNSURE ? parts : rawDate(v, copy);
};
const cslName = object(
  { family: text(LIMITS.shortText), given: text(LIMITS.shortText), literal: text(LIMITS.title) },
  ['family', 'given', 'literal'],
);
const metadata = object(
  {
    type: text(LIMITS.shortText, 1),
    title: text(LIMITS.title),
    author: list(cslName, LIMITS.names),
    publisher: text(LIMITS.title),
    issued: cslDate,
    URL: refine(text(LIMITS.url), isStoredWebAddress),
    accessed: cslDate,
  },
  ['title', 'author', 'publisher', 'issued', 'URL', 'accessed'],
);
const pageSpan = refine(
  object(
    {
      index: offset,
      label: text(LIMITS.shortText),
      start: offset,
      end: offset,
      ocr: object({ confidence: refine(number, (c: number) => c >= 0 && c <= 100) }),
    },
    ['ocr'],
  ),
  (p: { start: number; end: number }) => p.start <= p.end,
);

const source = refine(
  object(
    {
      ...versioned,
      id: sha256,
      textHash: sha256,
      title: refine(text(LIMITS.title, 1), (t: string) => t.trim() !== ''),
      format: oneOf(['txt', 'md', 'html', 'pdf', 'docx']),
      fileName: text(LIMITS.title, 1),
      extractorVersion: text(LIMITS.shortText, 1),
      metadata,
      text: text(LIMITS.sourceText),
      pages: list(pageSpan, LIMITS.pages),
      supersedes: sha256,
      importedAt: timestamp,
    },
    ['pages', 'supersedes'],
  ),
  (s: { text: string; pages?: { end: number }[] }) => (s.pages ?? []).every((p) => p.end <= s.text.length),
);

const CLAIM_KINDS = ['figure', 'date', 'stance', 'quote'];
const calendarDate = text(Infinity, 0, CALENDAR_DATE);
const quoteSelector = object({
  type: oneOf(['TextQuoteSelector']),
  exact: text(LIMITS.quote, 1),
  prefix: text(LIMITS.context),
  suffix: text(LIMITS.context),
});
const positionSelector = refine(
  object({ type: oneOf(['TextPositionSelector']), start: offset, end: offset }),
  (p: { start: number; end: number }) => p.start <= p.end,
);
const selectors: Check = (v, copy) => {
  if (!Array.isArray(v) || v.length !== 2) return UNSURE;
  const quote = quoteSelector(v[0], copy);
  const position = positionSelector(v[1], copy);
  if (quote === UNSURE || position === UNSURE) return UNSURE;
  return copy === false ? v : [quote, position];
};
const claim = object({
  ...versioned,
  sourceId: sha256,
  target: object(
    {
      source: sha256,
      selector: selectors,
      page: offset,
      orphaned: oneOf([true]),
      previousQuote: text(LIMITS.quote, 1),
    },
    ['page', 'orphaned', 'previousQuote'],
  ),
  kind: oneOf(CLAIM_KINDS),
  fields: object(
    {
      value: number,
      unit: oneOf(FIGURE_UNITS),
      approximate: bool,
      startDate: calendarDate,
      endDate: calendarDate,
      precision: oneOf(DATE_PRECISIONS),
      actor: text(LIMITS.title),
      stance: oneOf(STANCE_LABELS),
      topic: text(LIMITS.title),
      totalOf: list(recordId, LIMITS.totalOf),
    },
    [
      'value',
      'unit',
      'approximate',
      'startDate',
      'endDate',
      'precision',
      'actor',
      'stance',
      'topic',
      'totalOf',
    ],
  ),
  statement: text(LIMITS.statement),
  tagIds: list(recordId, LIMITS.tagIdsPerClaim),
  note: text(LIMITS.note),
  status: oneOf(['suggested', 'accepted', 'verified', 'rejected']),
  createdAt: timestamp,
  createdBy: recordId,
});

const briefing = object({
  ...versioned,
  title: text(LIMITS.title),
  introduction: text(LIMITS.introduction),
  sections: list(oneOf(BRIEFING_SECTION_KINDS), BRIEFING_SECTION_KINDS.length),
  claimFilter: object(
    {
      kinds: list(oneOf(CLAIM_KINDS), CLAIM_KINDS.length),
      tagIds: list(recordId, LIMITS.filterEntries),
      sourceIds: list(sha256, LIMITS.filterEntries),
    },
    ['kinds', 'tagIds', 'sourceIds'],
  ),
  style: oneOf(BRIEFING_STYLES),
});

/** Each table's record check, as record-schemas.ts defines the record. */
export const QUICK_RECORD_CHECKS = {
  researchers: researcher,
  tags: tag,
  sources: source,
  claims: claim,
  briefings: briefing,
} as const;

/** A current-version library's tables, each record checked (and rebuilt, unless `copy` is false); UNSURE on any doubt. */
export const quickCheckLibrary = object({
  researchers: list(researcher, LIMITS.researchers),
  tags: list(tag, LIMITS.tags),
  sources: list(source, LIMITS.sources),
  claims: list(claim, LIMITS.claims),
  briefings: list(briefing, LIMITS.briefings),
});
