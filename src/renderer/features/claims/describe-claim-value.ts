// What a claim card says a claim's typed fields mean, beside the passage: a figure as written and as
// parsed ("£8.52m · GBP 8,520,000"), a date at its precision ("October 2014"), a stance as its actor and
// position ("Barnardo's — oppose"), so a reader sees at a glance whether the parse matches the text.
// Locale-free (core's formatters), so it reads the same on every machine.
import { formatDatePeriod } from '../../../core/briefing/format-date-period';
import {
  CURRENCY_SYMBOLS,
  describeStance,
  formatAmount,
  groupDigits,
} from '../../../core/model/claim-labels';
import type { Claim, ClaimFields } from '../../../core/model/records';

/** A passage longer than this is not repeated beside its value: the card quotes it below. */
const MAX_WRITTEN_LENGTH = 40;

function parsedFigure(f: ClaimFields): string {
  const value = f.value as number;
  const parsed =
    f.unit && f.unit in CURRENCY_SYMBOLS ? `${f.unit} ${groupDigits(value, 2)}` : formatAmount(value, f.unit);
  return `${f.approximate ? '≈ ' : ''}${parsed}`;
}

export function describeClaimValue(claim: Claim): string {
  const f = claim.fields;
  if (claim.kind === 'figure' && f.value !== undefined) {
    const written = claim.target.selector[0].exact.replace(/\s+/g, ' ').trim();
    const parsed = parsedFigure(f);
    return written.length > MAX_WRITTEN_LENGTH || written === parsed ? parsed : `${written} · ${parsed}`;
  }
  if (claim.kind === 'date') return formatDatePeriod(f);
  if (claim.kind === 'stance' && (f.actor || f.stance)) {
    return [f.actor?.trim(), f.stance && describeStance(f.stance)].filter(Boolean).join(' — ');
  }
  return '';
}
