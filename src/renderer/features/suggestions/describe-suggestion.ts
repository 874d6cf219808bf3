// The normalised value of a suggestion as the Suggestions list shows it: a figure in its unit
// ("£8,520,000"), a date or period as day, month and year ("1 Oct 2014 – 31 Oct 2014"), a stance as
// actor, position and topic ("4Children · unsure · outsourcing"). Locale-free, so it reads the same
// on every machine.
import { describeStance } from '../../../core/model/claim-labels';
import type { Claim } from '../../../core/model/records';
import { describeFields } from '../claims/describe-fields';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

export function describeSuggestion(claim: Claim): string {
  const f = claim.fields;
  if (claim.kind === 'date') {
    if (!f.startDate) return '';
    const start = formatIsoDate(f.startDate);
    return f.endDate && f.endDate !== f.startDate ? `${start} – ${formatIsoDate(f.endDate)}` : start;
  }
  if (claim.kind === 'stance') {
    return [f.actor, f.stance && describeStance(f.stance), f.topic].filter(Boolean).join(' · ');
  }
  return describeFields(claim);
}

/** Confidence as a whole percentage, or empty when the score is not known (a suggestion merged in). */
export function formatConfidence(confidence: number | undefined): string {
  return confidence === undefined ? '' : `${Math.round(confidence * 100)}%`;
}
