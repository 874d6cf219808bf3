import { describe, expect, it } from 'vitest';
import { figuresAgree, readFigure, stepOfValue } from '../../../src/core/crosscheck/read-figure';
import type { FigureRef } from '../../../src/core/crosscheck/cross-check-types';
import type { FigureUnit } from '../../../src/core/model/records';
import { figureOn, textSource } from './crosscheck-builders';

/** Reads a figure claim on `written` (the whole quote) with the value and unit given. */
function read(written: string, value: number, unit: FigureUnit, approximate = false): FigureRef {
  const source = textSource('s', `It said ${written} in all.`);
  const ref = readFigure(figureOn(source, written, value, unit, { approximate }));
  if (!ref) throw new Error('not read');
  return ref;
}

describe('reading a figure as written', () => {
  it('takes the precision from the digits and scale written', () => {
    expect(read('£8.52m', 8_520_000, 'GBP')).toMatchObject({ written: '£8.52m', step: 10_000 });
    expect(read('£2.7 m', 2_700_000, 'GBP')).toMatchObject({ written: '£2.7 m', step: 100_000 });
    expect(read('£8,520,000', 8_520_000, 'GBP').step).toBe(1);
    expect(read('£4.86 million', 4_860_000, 'GBP').step).toBe(10_000);
    expect(read('16.4%', 16.4, 'percent').step).toBe(0.1);
    expect(read('16 per cent', 16, 'percent').step).toBe(1);
    expect(read('285 expressions', 285, 'count').step).toBe(1);
  });

  it('counts trailing zeros as written, unless the figure is approximate', () => {
    expect(read('300 councils', 300, 'count').step).toBe(1);
    expect(read('300 councils', 300, 'count', true).step).toBe(100);
    expect(read('£8m', 8_000_000, 'GBP', true).step).toBe(1_000_000);
    expect(read('£8.0m', 8_000_000, 'GBP', true).step).toBe(100_000);
  });

  it('falls back to the value when the passage does not hold it in digits', () => {
    expect(read('two independent trusts', 2, 'count')).toMatchObject({ step: 1 });
    // the researcher typed a value the passage does not show: its own digits give the precision
    expect(read('£8.52m', 8_500_000, 'GBP')).toMatchObject({ written: '£8,500,000', step: 100_000 });
    expect(stepOfValue(0.1667)).toBe(0.0001);
    expect(stepOfValue(11_220_000)).toBe(10_000);
  });

  it('has nothing to read without a value or a unit', () => {
    const source = textSource('s', 'It cost £5m.');
    expect(readFigure({ ...figureOn(source, '£5m', 5e6, 'GBP'), fields: { unit: 'GBP' } })).toBeUndefined();
    expect(readFigure({ ...figureOn(source, '£5m', 5e6, 'GBP'), fields: { value: 5e6 } })).toBeUndefined();
  });
});

describe('equal at the coarser stated precision', () => {
  it('£8.52m equals £8,520,000, and £8.5m equals both (8.52 rounds to 8.5)', () => {
    const a = read('£8.52m', 8_520_000, 'GBP');
    const b = read('£8,520,000', 8_520_000, 'GBP');
    const c = read('£8.5m', 8_500_000, 'GBP');
    expect(figuresAgree(a, b)).toBe(true);
    expect(figuresAgree(c, b)).toBe(true);
    expect(figuresAgree(c, a)).toBe(true);
  });

  it('differs when the finer figure does not round to the coarser one', () => {
    expect(figuresAgree(read('£8.52m', 8_520_000, 'GBP'), read('£8.53m', 8_530_000, 'GBP'))).toBe(false);
    // £8m is stated to the million: £8.4m rounds to it, £8.52m does not
    expect(figuresAgree(read('£8m', 8e6, 'GBP'), read('£8.4m', 8.4e6, 'GBP'))).toBe(true);
    expect(figuresAgree(read('£8m', 8e6, 'GBP'), read('£8.52m', 8.52e6, 'GBP'))).toBe(false);
    expect(figuresAgree(read('£8.5m', 8.5e6, 'GBP'), read('£8,560,000', 8.56e6, 'GBP'))).toBe(false);
  });

  it('counts a tie as equal: the writer may have rounded either way', () => {
    expect(figuresAgree(read('£8.5m', 8.5e6, 'GBP'), read('£8.55m', 8.55e6, 'GBP'))).toBe(true);
    expect(figuresAgree(read('£8.5m', 8.5e6, 'GBP'), read('£8.45m', 8.45e6, 'GBP'))).toBe(true);
  });

  it('reads percentages and counts at their precision', () => {
    expect(figuresAgree(read('16%', 16, 'percent'), read('16.4%', 16.4, 'percent'))).toBe(true);
    expect(figuresAgree(read('16%', 16, 'percent'), read('16.6%', 16.6, 'percent'))).toBe(false);
    expect(figuresAgree(read('285 expressions', 285, 'count'), read('286 expressions', 286, 'count'))).toBe(
      false,
    );
    expect(figuresAgree(read('300 councils', 300, 'count'), read('285 councils', 285, 'count'))).toBe(false);
    expect(figuresAgree(read('300 councils', 300, 'count', true), read('285 councils', 285, 'count'))).toBe(
      true,
    );
  });

  it('never equates figures of different units', () => {
    expect(figuresAgree(read('£16m', 16e6, 'GBP'), read('$16m', 16e6, 'USD'))).toBe(false);
  });
});
