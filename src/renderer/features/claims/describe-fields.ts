// A one-line summary of a claim's typed fields for the list ("£8,520,000", "2014-15", "October 2014",
// "Treasury: oppose · pay cap"), or empty when the claim has none.
import { formatDatePeriod } from '../../../core/briefing/format-date-period';
import type { Claim } from '../../../core/model/records';

const UNIT_FORMAT: Record<string, (v: number) => string> = {
  GBP: (v) => `£${v.toLocaleString('en-GB')}`,
  USD: (v) => `$${v.toLocaleString('en-GB')}`,
  EUR: (v) => `€${v.toLocaleString('en-GB')}`,
  percent: (v) => `${v}%`,
  count: (v) => v.toLocaleString('en-GB'),
  ratio: (v) => `ratio ${v}`,
};

export function describeFields(claim: Claim): string {
  const f = claim.fields;
  if (claim.kind === 'figure' && f.value !== undefined) {
    const shown = f.unit ? (UNIT_FORMAT[f.unit]?.(f.value) ?? String(f.value)) : String(f.value);
    return `${f.approximate ? '≈ ' : ''}${shown}`;
  }
  if (claim.kind === 'date' && (f.startDate || f.endDate)) {
    return formatDatePeriod(f);
  }
  if (claim.kind === 'stance') {
    const who = [f.actor, f.stance].filter(Boolean).join(': ');
    return [who, f.topic].filter(Boolean).join(' · ');
  }
  return '';
}
