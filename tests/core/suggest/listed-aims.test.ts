// A paper's listed aims: after a lead-in that commits ("... the government will take to:", "the Council
// will:", "has called on Congress to:"), each item that reads as one ("help ...", "Take powers to ...", "•
// secure ...") is a position of the lead-in's holder; a lead-in that lists findings or figures lists no aims.
import { describe, expect, it } from 'vitest';
import { findStances } from '../../../src/core/suggest/find-stances';
import { findListedAims, isItem } from '../../../src/core/suggest/listed-aims';

const readings = (text: string) =>
  findStances(text).map((s) => [text.slice(s.start, s.end), s.actor, s.stance]);

describe('listed aims', () => {
  it('reads each item after a committing lead-in as a position of its holder', () => {
    const text = [
      'Harbour Plan 2031',
      'The plan sets out actions the harbour board will take to:',
      'widen the eastern channel so larger ferries can dock',
      'give fishing crews a fairer share of berths',
      'Charge visiting yachts by the night rather than by the week.',
      'The board met twelve times last year.',
    ].join('\n\n');
    expect(readings(text)).toEqual([
      ['widen the eastern channel so larger ferries can dock', 'the harbour board', 'support'],
      ['give fishing crews a fairer share of berths', 'the harbour board', 'support'],
      ['Charge visiting yachts by the night rather than by the week.', 'the harbour board', 'oppose'],
    ]);
  });

  it('takes the holder from a call on another body, and stops at the first paragraph that is no item', () => {
    const text = [
      'Mayor Ann Reyes wants to go further. In her address, the Mayor has called on the council to:',
      'Extend the night bus to every ward.',
      'Freeze parking fees for nurses.',
      'The council meets on Monday.',
    ].join('\n');
    const aims = findListedAims(text);
    expect(aims.map((a) => [text.slice(a.start, a.end), a.holder])).toEqual([
      ['Extend the night bus to every ward.', 'the Mayor'],
      ['Freeze parking fees for nurses.', 'the Mayor'],
    ]);
  });

  it('reads the items after the author’s own "We are doing this by:" as the author’s aims', () => {
    const text = [
      'Harbour Board plan: 2024 to 2028',
      'We are making the harbour safer for small boats. We are doing this by:',
      'dredging the inner basin before the winter storms',
      'training volunteer crews with the lifeboat station',
      'We will meet our ambition to double ferry trips by:',
      'opening a second berth for the island service',
    ].join('\n\n');
    expect(findListedAims(text).map((a) => text.slice(a.start, a.end))).toEqual([
      'dredging the inner basin before the winter storms',
      'training volunteer crews with the lifeboat station',
      'opening a second berth for the island service',
    ]);
  });

  it('finds no aims after a lead-in that lists findings, figures or means', () => {
    for (const lead of [
      'Key findings from the analysis include:',
      'The limits to be set in the regulations are:',
      'The Government confirmed they will reduce the cost of levies by:',
      'Prices rose in every region, led by:',
      // what is done to the author, not what it does
      'We are deeply concerned by:',
      'We will be hit hardest by:',
      'We are being squeezed by:',
      'We are facing higher costs caused by:',
    ])
      expect(
        findListedAims(`${lead}\n\nraising the threshold for small firms\n\nreducing costs by a tenth`),
      ).toEqual([]);
  });

  it('knows an item by its shape: lower case, a bullet, or a bare verb before a word in lower case', () => {
    expect(isItem('secure a viable future for rights holders')).toBe(true);
    expect(isItem('• Secure a viable future for rights holders')).toBe(true);
    expect(isItem('Take powers to allow orphan works to be used')).toBe(true);
    expect(isItem('The Budget helps make the most of the year')).toBe(false);
    expect(isItem('Inevitably there will be questions')).toBe(false);
    expect(isItem('Network Rail will publish its plan')).toBe(false);
  });
});
