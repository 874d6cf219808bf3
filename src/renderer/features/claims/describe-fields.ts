// A one-line summary of a claim's typed fields for the list ("£8,520,000", "2014-04-01 – 2015-03-31",
// "Treasury: oppose · pay cap"), or empty when the claim has none.
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
    return f.endDate && f.endDate !== f.startDate
      ? `${f.startDate ?? '…'} – ${f.endDate}`
      : (f.startDate ?? '');
  }
  if (claim.kind === 'stance') {
    const who = [f.actor, f.stance].filter(Boolean).join(': ');
    return [who, f.topic].filter(Boolean).join(' · ');
  }
  return '';
}
