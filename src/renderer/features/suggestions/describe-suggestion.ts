// The normalised value of a suggestion as the Suggestions list shows it: a figure in its unit
// ("£8,520,000"), a date or period at its precision ("October 2014", "2014-15"), a stance as
// actor, position and topic ("4Children · unsure · outsourcing"). Locale-free, so it reads the same
// on every machine.
import { describeStance } from '../../../core/model/claim-labels';
import type { Claim } from '../../../core/model/records';
import { describeFields } from '../claims/describe-fields';

export function describeSuggestion(claim: Claim): string {
  const f = claim.fields;
  if (claim.kind === 'stance') {
    return [f.actor, f.stance && describeStance(f.stance), f.topic].filter(Boolean).join(' · ');
  }
  return describeFields(claim);
}

/** Confidence as a whole percentage, or empty when the score is not known (a suggestion merged in). */
export function formatConfidence(confidence: number | undefined): string {
  return confidence === undefined ? '' : `${Math.round(confidence * 100)}%`;
}
