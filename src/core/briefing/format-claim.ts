// The one-line statement a briefing shows for a claim, built from its typed fields: a figure's value and
// unit, a date or period at its precision (format-date-period.ts), an actor's stance on a topic, or the quote itself. Numbers are formatted by
// hand (not Intl) so a briefing reads the same on every machine and locale.

import { encodeQuote } from './briefing-quote';
import { formatDatePeriod } from './format-date-period';
import type { Claim, ClaimFields } from '../model/records';

const CURRENCY_SYMBOLS = { GBP: '£', USD: '$', EUR: '€' } as const;

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
  const about = fields.approximate ? 'about ' : '';
  const value = fields.value;
  switch (fields.unit) {
    case 'GBP':
    case 'USD':
    case 'EUR':
      return `${about}${value < 0 ? '-' : ''}${CURRENCY_SYMBOLS[fields.unit]}${groupDigits(Math.abs(value), 2)}`;
    case 'percent':
      return `${about}${groupDigits(value, 2)}%`;
    case 'ratio':
      return `${about}ratio ${groupDigits(value, 4)}`;
    default:
      return `${about}${groupDigits(value, 2)}`;
  }
}

export function formatDate(fields: ClaimFields): string {
  return formatDatePeriod(fields) || 'Date (not recorded)';
}

export function formatStance(fields: ClaimFields): string {
  const actor = fields.actor?.trim() || 'Unnamed actor';
  const stance = fields.stance ?? 'unsure';
  const topic = fields.topic?.trim();
  return topic ? `${actor}: ${stance} (${topic})` : `${actor}: ${stance}`;
}

/** 30000000 -> "30,000,000"; 12.5 -> "12.5" (at most `decimals` places, trailing zeros dropped). */
export function groupDigits(value: number, decimals: number): string {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.') as [string, string?];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction?.replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${grouped}${trimmed ? `.${trimmed}` : ''}`;
}
