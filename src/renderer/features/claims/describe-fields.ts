// A one-line summary of a claim's typed fields for the list ("£8,520,000", "2014-15", "October 2014",
// "Treasury: oppose · pay cap"), or empty when the claim has none.
import { describeStance, formatAmount } from '../../../core/model/claim-labels';
import { formatDatePeriod } from '../../../core/briefing/format-date-period';
import type { Claim } from '../../../core/model/records';

export function describeFields(claim: Claim): string {
  const f = claim.fields;
  if (claim.kind === 'figure' && f.value !== undefined) {
    return `${f.approximate ? '≈ ' : ''}${formatAmount(f.value, f.unit)}`;
  }
  if (claim.kind === 'date' && (f.startDate || f.endDate)) {
    return formatDatePeriod(f);
  }
  if (claim.kind === 'stance') {
    const who = [f.actor, f.stance && describeStance(f.stance)].filter(Boolean).join(': ');
    return [who, f.topic].filter(Boolean).join(' · ');
  }
  return '';
}
