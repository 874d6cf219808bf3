// The claim form's state and its conversion to and from a stored claim. Form fields are strings (what
// inputs hold); only the fields of the chosen kind are saved, and empty ones are left out. A new claim
// starts as core's prefill of the passage (prefillClaim: kind, fields and statement), every field editable.
import type { prefillClaim } from '../../../core/suggest/prefill-claim';
import type {
  Claim,
  ClaimFields,
  ClaimKind,
  ClaimTarget,
  FigureUnit,
  StanceLabel,
  Tag,
} from '../../../core/model/records';
import type { ClaimDraft } from '../../storage/claims';

type Precision = NonNullable<ClaimFields['precision']>;

export type ClaimFormState = {
  id?: string;
  /** The version (updatedAt) of the claim when the form opened: saving checks it is still the stored one. */
  openedAt?: string;
  sourceId: string;
  target: ClaimTarget;
  kind: ClaimKind;
  value: string;
  unit: FigureUnit | '';
  approximate: boolean;
  startDate: string;
  endDate: string;
  precision: Precision | '';
  actor: string;
  stance: StanceLabel | '';
  topic: string;
  /** Kept as it is: the figures this one is marked as the total of. */
  totalOf: string[];
  statement: string;
  tagNames: string[];
  note: string;
};

/** Core's prefillClaim, passed in: the page fetches it with the first new claim (use-prefill.ts). */
export type PrefillClaim = typeof prefillClaim;

/**
 * The form for a new claim on `target`, prefilled from the passage read in `sourceText` (the source's
 * stored text); without it, from the quote alone.
 */
export function newClaimForm(
  prefillClaim: PrefillClaim,
  sourceId: string,
  target: ClaimTarget,
  sourceText?: string,
): ClaimFormState {
  const [quote, position] = target.selector;
  const inSource = sourceText?.slice(position.start, position.end) === quote.exact;
  const prefill = inSource
    ? prefillClaim(sourceText as string, position.start, position.end)
    : prefillClaim(quote.exact, 0, quote.exact.length);
  return fieldsToForm({ sourceId, target, kind: prefill.kind, fields: prefill.fields }, prefill.statement);
}

function fieldsToForm(
  claim: Pick<Claim, 'sourceId' | 'target' | 'kind' | 'fields'>,
  statement: string,
): ClaimFormState {
  const f = claim.fields;
  return {
    sourceId: claim.sourceId,
    target: claim.target,
    kind: claim.kind,
    value: f.value === undefined ? '' : String(f.value),
    unit: f.unit ?? '',
    approximate: f.approximate ?? false,
    startDate: f.startDate ?? '',
    endDate: f.endDate ?? '',
    precision: f.precision ?? '',
    actor: f.actor ?? '',
    stance: f.stance ?? '',
    topic: f.topic ?? '',
    totalOf: f.totalOf ?? [],
    statement,
    tagNames: [],
    note: '',
  };
}

export function claimToForm(claim: Claim, tagsById: Map<string, Tag>): ClaimFormState {
  return {
    ...fieldsToForm(claim, claim.statement),
    id: claim.id,
    openedAt: claim.updatedAt,
    tagNames: claim.tagIds.map((id) => tagsById.get(id)?.name).filter((n): n is string => Boolean(n)),
    note: claim.note,
  };
}

/** The typed fields for the form's kind; a value that is not a number is reported, not guessed. */
export function formToFields(
  form: ClaimFormState,
): { ok: true; fields: ClaimFields } | { ok: false; error: string } {
  const fields: ClaimFields = {};
  const text = (s: string) => s.trim() || undefined;
  if (form.kind === 'figure') {
    const raw = form.value.trim().replace(/,/g, '');
    if (raw) {
      const value = Number(raw);
      if (!Number.isFinite(value))
        return { ok: false, error: 'Value must be a number, such as 8520000 or 4.5.' };
      fields.value = value;
    }
    if (form.unit) fields.unit = form.unit;
    if (form.approximate) fields.approximate = true;
    if (form.totalOf.length > 0) fields.totalOf = form.totalOf;
  } else if (form.kind === 'date') {
    fields.startDate = text(form.startDate);
    fields.endDate = text(form.endDate);
    if (form.precision) fields.precision = form.precision;
  } else if (form.kind === 'stance') {
    fields.actor = text(form.actor);
    if (form.stance) fields.stance = form.stance;
    fields.topic = text(form.topic);
  }
  for (const key of Object.keys(fields) as (keyof ClaimFields)[]) {
    if (fields[key] === undefined) delete fields[key];
  }
  return { ok: true, fields };
}

export function formToDraft(form: ClaimFormState, fields: ClaimFields, tagIds: string[]): ClaimDraft {
  return {
    ...(form.id ? { id: form.id } : {}),
    sourceId: form.sourceId,
    target: form.target,
    kind: form.kind,
    fields,
    statement: form.statement.replace(/\s+/g, ' ').trim(),
    tagIds,
    note: form.note.trim(),
  };
}
