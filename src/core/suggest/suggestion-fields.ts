// How a suggestion becomes a claim: the typed fields a claim of its kind stores (figure: value, unit,
// approximate; date: first and last day and the precision they span; stance: actor, position, topic), with
// absent values left out, and its statement (the sentence it sits in, derive-statement.ts). The app stores
// exactly these on a suggested claim, and `evidence suggest --json` prints exactly these names and values,
// so the two never disagree about a suggestion.
import type { ClaimFields, ClaimKind } from '../model/records';
import {
  deriveStatement,
  indexSentences,
  MAX_STATEMENT_LENGTH,
  type SentenceIndex,
} from './derive-statement';
import type { Suggestion } from './suggestion';

type Precision = NonNullable<ClaimFields['precision']>;

/** About how much text `deriveStatement` reads around one passage when it has no sentence index. */
const STATEMENT_WINDOW = 4 * MAX_STATEMENT_LENGTH;

/** A suggestion as a claim-to-be: where it is, its kind, its claim fields and the suggester's confidence. */
export type SuggestedClaim = {
  kind: ClaimKind;
  start: number;
  end: number;
  text: string;
  fields: ClaimFields;
  statement: string;
  confidence: number;
};

/** `sourceText` is the text the suggestion's offsets point into, for its statement. */
export function toSuggestedClaim(
  suggestion: Suggestion,
  sourceText: string,
  sentences?: SentenceIndex,
): SuggestedClaim {
  const { kind, start, end, text, confidence } = suggestion;
  const statement = deriveStatement(sourceText, start, end, sentences);
  return { kind, start, end, text, fields: suggestionFields(suggestion), statement, confidence };
}

/** Every suggestion of one text as a claim-to-be; the text's sentences are found once for all statements. */
export function toSuggestedClaims(suggestions: readonly Suggestion[], sourceText: string): SuggestedClaim[] {
  // a few suggestions on a long text are cheaper each with its own window of sentences
  const windowed = suggestions.length * STATEMENT_WINDOW < sourceText.length;
  const sentences = windowed ? undefined : indexSentences(sourceText);
  return suggestions.map((s) => toSuggestedClaim(s, sourceText, sentences));
}

export function suggestionFields(s: Suggestion): ClaimFields {
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

/**
 * Where a suggestion sits, as a key: its kind and offsets, and for a stance also its actor, since one
 * sentence can carry two bodies' positions ("LGA and ADASS continue to draw attention to …"). A claim with
 * the same key, whatever its status, means the suggestion was already made or decided.
 */
export function suggestionSpotKey(
  kind: string,
  start: number,
  end: number,
  fields: { actor?: string | undefined },
): string {
  const actor = kind === 'stance' ? (fields.actor ?? '').trim().toLocaleLowerCase('en-GB') : '';
  return `${kind}:${start}:${end}:${actor}`;
}
