// The claim form's state and its conversion to and from a stored claim. Form fields are strings (what
// inputs hold); only the fields of the chosen kind are saved, and empty ones are left out.
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
  tagNames: string[];
  note: string;
};

export function newClaimForm(sourceId: string, target: ClaimTarget): ClaimFormState {
  return {
    sourceId,
    target,
    kind: 'quote',
    value: '',
    unit: '',
    approximate: false,
    startDate: '',
    endDate: '',
    precision: '',
    actor: '',
    stance: '',
    topic: '',
    tagNames: [],
    note: '',
  };
}

export function claimToForm(claim: Claim, tagsById: Map<string, Tag>): ClaimFormState {
  const f = claim.fields;
  return {
    id: claim.id,
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
    tagIds,
    note: form.note.trim(),
  };
}
