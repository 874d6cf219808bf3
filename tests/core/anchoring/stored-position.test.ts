// A claim drawn at its stored position only when the text there still reads as its quote: the reader paints
// its first screen by this rule before the rest of a source's claims are anchored, so it must never place a
// highlight where the quote no longer is, and must agree with the full anchoring wherever it places one.
import { describe, expect, it } from 'vitest';
import { anchorTarget } from '../../../src/core/anchoring/anchor-target';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import { placeAtStoredPosition } from '../../../src/core/anchoring/stored-position';

const TEXT = 'The council spent £8.52m on roads in 2021. The council spent £9.1m on parks in 2022.';

describe('placing a claim at its stored position', () => {
  it('places a quote that is still where it was stored, as the full anchoring does', () => {
    const selectors = describeRange(TEXT, 18, 24);
    expect(placeAtStoredPosition(TEXT, selectors)).toEqual({ start: 18, end: 24 });
    expect(anchorTarget(TEXT, selectors)).toEqual({ start: 18, end: 24 });
  });

  it('declines a quote the text no longer holds at that position, leaving it to the full anchoring', () => {
    const selectors = describeRange(TEXT, 18, 24);
    const edited = `Last year, ${TEXT}`;
    expect(placeAtStoredPosition(edited, selectors)).toBeNull();
    expect(anchorTarget(edited, selectors)).toEqual({ start: 29, end: 35 });
  });

  it('declines a position past the end of the text or running backwards', () => {
    const [quote, position] = describeRange(TEXT, 60, 80);
    expect(placeAtStoredPosition(TEXT.slice(0, 70), [quote, position])).toBeNull();
    expect(placeAtStoredPosition(TEXT, [quote, { ...position, start: 81 }])).toBeNull();
  });

  it('takes the position alone when the quote is empty', () => {
    const [quote, position] = describeRange(TEXT, 4, 11);
    expect(placeAtStoredPosition(TEXT, [{ ...quote, exact: '' }, position])).toEqual({ start: 4, end: 11 });
  });
});
