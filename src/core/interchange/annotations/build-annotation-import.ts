// Foreign annotations into claims on the library's sources, the same way for W3C and Hypothesis files.
// Each is anchored to a source (find-annotated-source.ts) and to its passage there (core/anchoring, the
// position converted from code points to UTF-16 first); what cannot be anchored, or holds values a claim
// cannot, is listed in `skipped` with the reason, never dropped silently. Claims keep the file's times and
// authors where it gives them, so an export read back is the same library.
import { describeRange } from '../../anchoring/describe-range';
import { anchorTarget } from '../../anchoring/anchor-target';
import { claimSchema } from '../../exchange/record-schemas';
import { LIMITS } from '../../limits';
import type { Claim, ClaimFields, ClaimKind, ClaimStatus, ClaimTarget, Source } from '../../model/records';
import { offsetConverter, type OffsetConverter } from '../code-points';
import type { InterchangeImport, ReadContext, SkippedItem } from '../interchange-format';
import { describeAnnotation, type ForeignAnnotation, type ForeignAnnotations } from './foreign-annotation';
import { indexSources } from './find-annotated-source';
import { trackPeopleAndTags } from './import-people-tags';
import { stableId, validRecordId } from './stable-id';

const KINDS: readonly ClaimKind[] = ['figure', 'date', 'stance', 'quote'];
const STATUSES: readonly ClaimStatus[] = ['suggested', 'accepted', 'verified', 'rejected'];

/** An ISO time in the canonical form, or undefined when the file's value is not a time. */
function isoTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  const iso = new Date(ms).toISOString();
  return /^\d{4}-/.test(iso) ? iso : undefined;
}

type Placed = { target: ClaimTarget } | { why: string };

function placeOn(source: Source, a: ForeignAnnotation, convert: OffsetConverter): Placed {
  const quote = a.quote!;
  const position = a.position && {
    type: 'TextPositionSelector' as const,
    start: convert.toCodeUnits(a.position.start),
    end: convert.toCodeUnits(a.position.end),
  };
  const quoteSelector = {
    type: 'TextQuoteSelector' as const,
    exact: quote.exact,
    prefix: (quote.prefix ?? '').slice(-LIMITS.context),
    suffix: (quote.suffix ?? '').slice(0, LIMITS.context),
  };
  const page = typeof a.page === 'number' && Number.isInteger(a.page) && a.page >= 0 ? a.page : undefined;
  const extra = {
    ...(page !== undefined ? { page } : {}),
    ...(a.previousQuote ? { previousQuote: a.previousQuote } : {}),
  };
  if (a.orphaned && position) {
    // Kept where it was in an older text, as our own export carries it: still an orphan here.
    return { target: { source: source.id, selector: [quoteSelector, position], orphaned: true, ...extra } };
  }
  const range = anchorTarget(source.text, position ? [quoteSelector, position] : [quoteSelector]);
  if (!range) return { why: `its quote is not in the text of “${source.title}”` };
  const same = source.text.slice(range.start, range.end) === quote.exact;
  const selector: ClaimTarget['selector'] =
    same && quote.prefix !== undefined && quote.suffix !== undefined
      ? [quoteSelector, { type: 'TextPositionSelector', start: range.start, end: range.end }]
      : describeRange(source.text, range.start, range.end);
  return { target: { source: source.id, selector, ...extra } };
}

export function buildAnnotationImport(
  found: ForeignAnnotations,
  context: ReadContext,
  idPrefix: string,
): InterchangeImport {
  const { existing, now, researcherId } = context;
  const skipped: SkippedItem[] = [...found.unreadable];
  const people = trackPeopleAndTags(existing, found.codebook, { researcherId, now });
  for (const tag of found.codebook) people.researcher({ id: tag.updatedBy });
  const sourceOf = indexSources(existing.sources);
  const converters = new Map<string, OffsetConverter>();
  const claims = new Map<string, Claim>();
  for (const a of found.annotations) {
    const what = describeAnnotation(a);
    if (!a.quote?.exact) {
      skipped.push({ what, why: 'it quotes no passage (a note on the whole document)' });
      continue;
    }
    const source = sourceOf(a);
    if (!source) {
      const named = a.document.url ?? a.document.title ?? a.document.sha256;
      skipped.push({
        what,
        why: `its document${named ? ` (${named})` : ''} is not in the library; import the document, then this file again`,
      });
      continue;
    }
    let convert = converters.get(source.id);
    if (!convert) converters.set(source.id, (convert = offsetConverter(source.text)));
    const placed = placeOn(source, a, convert);
    if ('why' in placed) {
      skipped.push({ what, why: placed.why });
      continue;
    }
    const fields = claimSchema.shape.fields.safeParse(a.fields ?? {});
    if (!fields.success) {
      skipped.push({ what, why: 'its figure, date or stance fields are not values a claim can hold' });
      continue;
    }
    const statement = a.statement ?? '';
    const note = a.note ?? '';
    if (statement.length > LIMITS.statement || note.length > LIMITS.note) {
      skipped.push({ what, why: 'its comment is longer than a claim can hold' });
      continue;
    }
    const id = validRecordId(a.claimId) ?? stableId(idPrefix, a.key);
    if (claims.has(id)) {
      skipped.push({ what, why: 'the file holds it twice; the first was kept' });
      continue;
    }
    const createdAt = isoTime(a.created) ?? isoTime(a.modified) ?? now;
    const createdBy = people.researcher(a.creator);
    const tagIds = [...new Set(a.tags.flatMap((t) => people.tag(t) ?? []))];
    claims.set(id, {
      id,
      sourceId: source.id,
      target: placed.target,
      kind: KINDS.find((k) => k === a.kind) ?? 'quote',
      fields: fields.data as ClaimFields,
      statement,
      tagIds,
      note,
      status: STATUSES.find((s) => s === a.status) ?? 'accepted',
      createdAt,
      createdBy,
      updatedAt: isoTime(a.modified) ?? createdAt,
      updatedBy: a.updatedBy ? people.researcher({ id: a.updatedBy }) : createdBy,
      deleted: false,
    });
  }
  return {
    library: {
      researchers: people.newResearchers(),
      tags: [...found.codebook, ...people.newTags()],
      sources: [],
      claims: [...claims.values()],
      briefings: [],
    },
    skipped,
  };
}
