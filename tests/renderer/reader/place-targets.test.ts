// Claim targets placed in a text as the anchoring worker answers: each target's start and end where its
// position still holds, found again by its quote where the text moved, and -1 for a target that cannot be
// placed or was orphaned by a merge, in the order the targets were given.
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/anchoring/describe-range';
import { placeTargets } from '../../../src/renderer/features/reader/place-targets';

const text = 'The council spent £11.22m on roads in 2023, and £4.1m on parks.';
const at = (quote: string) => describeRange(text, text.indexOf(quote), text.indexOf(quote) + quote.length);

describe('placeTargets', () => {
  it('places each target, finds a moved quote, and marks the unplaceable with -1', () => {
    const moved = 'A new opening line. ' + text;
    const targets = [
      { selector: at('£11.22m') },
      { selector: at('£4.1m'), orphaned: true as const },
      { selector: describeRange('Nothing like it at all here', 0, 7) },
      { selector: at('parks') },
    ];
    const { starts, ends } = placeTargets(moved, targets);
    const shift = 'A new opening line. '.length;
    expect(Array.from(starts)).toEqual([
      text.indexOf('£11.22m') + shift,
      -1,
      -1,
      text.indexOf('parks') + shift,
    ]);
    expect(Array.from(ends)).toEqual([
      text.indexOf('£11.22m') + shift + 7,
      -1,
      -1,
      text.indexOf('parks') + shift + 5,
    ]);
  });
});
