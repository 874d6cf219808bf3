// Turns the suggester's output into what a claim stores: the typed fields of its kind (figure: value, unit,
// approximate; date: start, end and a precision read from them; stance: actor, position, topic) and the
// span with its confidence, so an accepted suggestion is a claim with its fields already filled in.
import type { ClaimFields } from '../../../core/model/records';
import type { Suggestion } from '../../../core/suggest/suggest-claims';
import type { SuggestedSpan } from '../../storage/suggestions';

type Precision = NonNullable<ClaimFields['precision']>;

export function toSuggestedSpan(suggestion: Suggestion): SuggestedSpan {
  return {
    kind: suggestion.kind,
    start: suggestion.start,
    end: suggestion.end,
    fields: fieldsOf(suggestion),
    confidence: suggestion.confidence,
  };
}

function fieldsOf(s: Suggestion): ClaimFields {
  const fields: ClaimFields = {};
  if (s.kind === 'figure') {
    if (s.value !== undefined) fields.value = s.value;
    if (s.unit) fields.unit = s.unit;
    if (s.approximate) fields.approximate = true;
  } else if (s.kind === 'date') {
    if (s.startDate) fields.startDate = s.startDate;
    if (s.endDate) fields.endDate = s.endDate;
    const precision = derivePrecision(s.startDate, s.endDate);
    if (precision) fields.precision = precision;
  } else {
    if (s.actor) fields.actor = s.actor;
    if (s.stance) fields.stance = s.stance;
    if (s.topic) fields.topic = s.topic;
  }
  return fields;
}

/** A single day, a whole calendar month, a whole calendar year, or any other period. */
export function derivePrecision(startDate?: string, endDate?: string): Precision | undefined {
  if (!startDate) return undefined;
  const end = endDate ?? startDate;
  if (end === startDate) return 'day';
  const [sy, sm, sd] = startDate.split('-');
  const [ey, em, ed] = end.split('-');
  if (sy !== ey || sd !== '01') return 'period';
  if (sm === '01' && em === '12' && ed === '31') return 'year';
  if (sm === em && Number(ed) === daysInMonth(Number(ey), Number(em))) return 'month';
  return 'period';
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
