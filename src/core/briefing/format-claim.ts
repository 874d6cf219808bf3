// How a claim's typed fields read in a briefing, on cards and in `evidence suggest`: a figure's value and
// unit, a date or period at its precision (format-date-period.ts), an actor's stance on a topic. Numbers are formatted by
// hand (not Intl) so a briefing reads the same on every machine and locale.

import { describeStance, formatAmount } from '../model/claim-labels';
import { formatDatePeriod } from './format-date-period';
import type { ClaimFields } from '../model/records';

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
