// The one-line statement a briefing shows for a claim, built from its typed fields: a figure's value and
// unit, a date or period at its precision (format-date-period.ts), an actor's stance on a topic, or the quote itself. Numbers are formatted by
// hand (not Intl) so a briefing reads the same on every machine and locale.

import { encodeQuote } from './briefing-quote';
import { describeStance, formatAmount } from '../model/claim-labels';
import { formatDatePeriod } from './format-date-period';
import type { Claim, ClaimFields } from '../model/records';

export function formatClaimStatement(claim: Claim): string {
  switch (claim.kind) {
    case 'figure':
      return formatFigure(claim.fields);
    case 'date':
      return formatDate(claim.fields);
    case 'stance':
      return formatStance(claim.fields);
    case 'quote':
      return `"${encodeQuote(claim.target.selector[0].exact)}"`;
  }
}

export function formatFigure(fields: ClaimFields): string {
  if (fields.value === undefined || !Number.isFinite(fields.value)) return 'Figure (no value recorded)';
  return `${fields.approximate ? 'about ' : ''}${formatAmount(fields.value, fields.unit)}`;
}

export function formatDate(fields: ClaimFields): string {
  return formatDatePeriod(fields) || 'Date (not recorded)';
}

export function formatStance(fields: ClaimFields): string {
  const actor = fields.actor?.trim() || 'Unnamed actor';
  const stance = describeStance(fields.stance);
  const topic = fields.topic?.trim();
  return topic ? `${actor}: ${stance} (${topic})` : `${actor}: ${stance}`;
}
