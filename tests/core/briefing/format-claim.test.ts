import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure, formatStance } from '../../../src/core/briefing/format-claim';

describe('claim statements', () => {
  it('formats figures with their unit, grouping and approximation', () => {
    expect(formatFigure({ value: 30_000_000, unit: 'GBP' })).toBe('£30,000,000');
    expect(formatFigure({ value: 11.22e6, unit: 'GBP', approximate: true })).toBe('about £11,220,000');
    expect(formatFigure({ value: -2500.5, unit: 'USD' })).toBe('-$2,500.5');
    expect(formatFigure({ value: 10, unit: 'percent', approximate: true })).toBe('about 10%');
    expect(formatFigure({ value: 285, unit: 'count' })).toBe('285');
    expect(formatFigure({ value: 0.25, unit: 'ratio' })).toBe('ratio 0.25');
    expect(formatFigure({})).toBe('Figure (no value recorded)');
  });

  it('formats a date or a period', () => {
    expect(formatDate({ startDate: '2014-04-01', endDate: '2015-03-31' })).toBe('2014-15');
    expect(formatDate({ startDate: '2017-12-12', endDate: '2017-12-12' })).toBe('12 December 2017');
    expect(formatDate({ startDate: '2017' })).toBe('2017');
    expect(formatDate({})).toBe('Date (not recorded)');
  });

  it('formats an actor’s stance on a topic', () => {
    expect(
      formatStance({ actor: 'Almudena Lara', stance: 'support', topic: 'alternative delivery models' }),
    ).toBe('Almudena Lara: support (alternative delivery models)');
    expect(formatStance({ stance: 'oppose' })).toBe('Unnamed actor: oppose');
  });
});
