// A one-line summary of a claim's typed fields for the list ("£8,520,000", "2014-04-01 – 2015-03-31",
// "Treasury: oppose · pay cap"), or empty when the claim has none.
import { describeStance, formatAmount } from '../../../core/model/claim-labels';
import type { Claim } from '../../../core/model/records';

export function describeFields(claim: Claim): string {
  const f = claim.fields;
  if (claim.kind === 'figure' && f.value !== undefined) {
    return `${f.approximate ? '≈ ' : ''}${formatAmount(f.value, f.unit)}`;
  }
  if (claim.kind === 'date' && (f.startDate || f.endDate)) {
    return f.endDate && f.endDate !== f.startDate
      ? `${f.startDate ?? '…'} – ${f.endDate}`
      : (f.startDate ?? '');
  }
  if (claim.kind === 'stance') {
    const who = [f.actor, f.stance && describeStance(f.stance)].filter(Boolean).join(': ');
    return [who, f.topic].filter(Boolean).join(' · ');
  }
  return '';
}
