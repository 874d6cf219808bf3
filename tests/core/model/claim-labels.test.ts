// The one list of units, stance positions and precisions, and how they read: the bundle schema accepts
// exactly these words, and a figure reads the same in the claims list and the briefing on any locale.
import { describe, expect, it } from 'vitest';
import { claimSchema } from '../../../src/core/exchange/record-schemas';
import {
  DATE_PRECISIONS,
  describeStance,
  FIGURE_UNITS,
  formatAmount,
  groupDigits,
  STANCE_LABELS,
  UNIT_LABELS,
} from '../../../src/core/model/claim-labels';

const fields = claimSchema.shape.fields;

describe('claim labels', () => {
  it('are the words the bundle schema accepts, and no others', () => {
    for (const unit of FIGURE_UNITS) expect(fields.safeParse({ unit }).success).toBe(true);
    for (const stance of STANCE_LABELS) expect(fields.safeParse({ stance }).success).toBe(true);
    for (const precision of DATE_PRECISIONS) expect(fields.safeParse({ precision }).success).toBe(true);
    expect(fields.safeParse({ unit: 'JPY' }).success).toBe(false);
    expect(fields.safeParse({ stance: 'supports' }).success).toBe(false);
  });

  it('name every unit for the claim form', () => {
    expect(FIGURE_UNITS.map((u) => UNIT_LABELS[u])).toEqual([
      'GBP (£)',
      'USD ($)',
      'EUR (€)',
      'Percent',
      'Count',
      'Ratio',
    ]);
  });

  it('write amounts in their unit with grouped digits', () => {
    expect(formatAmount(8_520_000, 'GBP')).toBe('£8,520,000');
    expect(formatAmount(-2500.5, 'USD')).toBe('-$2,500.5');
    expect(formatAmount(30_000, 'EUR')).toBe('€30,000');
    expect(formatAmount(12.5, 'percent')).toBe('12.5%');
    expect(formatAmount(0.3333, 'ratio')).toBe('ratio 0.3333');
    expect(formatAmount(1_234_567, 'count')).toBe('1,234,567');
    expect(formatAmount(285, undefined)).toBe('285');
  });

  it('read a missing stance as unsure', () => {
    expect(describeStance('oppose')).toBe('oppose');
    expect(describeStance(undefined)).toBe('unsure');
  });

  it('group digits the same way whatever the machine’s locale', () => {
    expect(groupDigits(1234567.891, 2)).toBe('1,234,567.89');
    expect(groupDigits(1000, 2)).toBe('1,000');
    expect(groupDigits(0.5, 2)).toBe('0.5');
  });
});
