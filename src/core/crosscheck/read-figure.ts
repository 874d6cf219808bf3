// Reads a figure claim the way its source wrote it, because "equal" depends on how precisely a figure is
// stated: £8.52m is stated to the nearest £10,000, £8.5m to the nearest £100,000. The quoted passage is
// parsed with the suggester's own figure rules, and the written figure that carries the claim's value gives
// the precision: the place of the last digit written, times the figure's scale ("m", "bn", pence).
// Trailing zeros of a whole number count as written ("285", "300", "£8,520,000" are stated to the unit)
// unless the figure is approximate ("about 300" is stated to the hundred). When the passage holds no
// figure of the claim's value (a hand-typed value, a figure in words), the value itself gives the
// precision: the largest power of ten it is a multiple of.
import { formatAmount } from '../model/claim-labels';
import type { Claim } from '../model/records';
import { parseDigits } from '../suggest/number-words';
import { suggestClaims } from '../suggest/suggest-claims';
import type { FigureRef } from './cross-check-types';
import { maxOf } from '../lists/append-all';

const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?|\.(\d+)/;

/** A figure claim's value, unit, written form and precision; undefined when it has no value or unit. */
export function readFigure(claim: Claim): FigureRef | undefined {
  const { value, unit } = claim.fields;
  if (claim.kind !== 'figure' || value === undefined || !Number.isFinite(value) || !unit) return undefined;
  const approximate = claim.fields.approximate === true;
  const written = findWritten(claim.target.selector[0].exact, value, unit);
  const step =
    (written === undefined ? undefined : stepOfWritten(written, value, approximate)) ?? stepOfValue(value);
  return {
    claimId: claim.id,
    sourceId: claim.sourceId,
    value,
    unit,
    written: written?.replace(/\s+/g, ' ') ?? formatAmount(value, unit),
    step,
    approximate,
  };
}

/** Half the stated precision: how far the true figure may lie from the written one. A count written to
 * the unit is exact (nobody rounds 285 expressions of interest to 285). */
export function uncertaintyOf(figure: Pick<FigureRef, 'unit' | 'step'>): number {
  return figure.unit === 'count' && figure.step <= 1 ? 0 : figure.step / 2;
}

/** Equal at the coarser of the two stated precisions: the finer figure, rounded to the coarser one's
 * precision, gives the coarser figure (a tie counts as equal: the writer may have rounded either way). */
export function figuresAgree(a: FigureRef, b: FigureRef): boolean {
  if (a.unit !== b.unit) return false;
  return Math.abs(a.value - b.value) <= Math.max(a.step, b.step) / 2 + slack(a.value, b.value);
}

/** Room for floating-point noise in sums and differences of figures of this size. */
export function slack(...values: number[]): number {
  return 1e-9 * Math.max(1, maxOf(values.map(Math.abs)));
}

function findWritten(exact: string, value: number, unit: string): string | undefined {
  const found = suggestClaims(exact, { kinds: ['figure'] }).find(
    (s) => s.unit === unit && s.value !== undefined && Math.abs(s.value - value) <= slack(value),
  );
  return found?.text;
}

function stepOfWritten(written: string, value: number, approximate: boolean): number | undefined {
  const m = NUMBER.exec(written);
  if (!m) return undefined;
  const whole = m[1] ?? '0';
  const decimals = (m[2] ?? m[3] ?? '').length;
  const number = parseDigits(`${whole}.${m[2] ?? m[3] ?? '0'}`);
  if (number === 0 || value === 0) return undefined;
  // the figure's scale: 1 for "£8,520,000", 1e6 for "£8.52m", 0.01 for "52p"; anything else is not a
  // plain scaling of the digits ("one in six"), so its precision is read from the value instead
  const power = Math.log10(Math.abs(value) / number);
  if (Math.abs(power - Math.round(power)) > 1e-6) return undefined;
  const scale = 10 ** Math.round(power);
  const zeros = decimals === 0 && approximate ? /0*$/.exec(whole.replace(/,/g, ''))![0].length : 0;
  const zerosKept = Math.min(zeros, whole.replace(/,/g, '').length - 1);
  return tidyPower(10 ** (zerosKept - decimals) * scale);
}

/** The largest power of ten (from 1e-6 to 1e15) that the value is a whole multiple of. */
export function stepOfValue(value: number): number {
  const v = Math.abs(value);
  if (v === 0) return 1;
  for (let k = 15; k >= -6; k--) {
    const q = v / 10 ** k;
    if (q >= 1 && Math.abs(q - Math.round(q)) <= 1e-9 * q) return tidyPower(10 ** k);
  }
  return 1e-6;
}

function tidyPower(p: number): number {
  return Number(p.toPrecision(12));
}
