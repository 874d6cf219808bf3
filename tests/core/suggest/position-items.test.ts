// One stance per position a clause lists: the actions a commitment is "including", and a second
// commitment of the same subject; a list of things given as examples, and a doubled modal, stay whole.
import { describe, expect, it } from 'vitest';
import { splitPositionItems } from '../../../src/core/suggest/position-items';
import { findStances } from '../../../src/core/suggest/find-stances';

const parts = (clause: string) => splitPositionItems(clause).map((p) => clause.slice(p.start, p.end));

describe('splitPositionItems', () => {
  it('parts the actions a commitment includes', () => {
    expect(
      parts(
        'We are requiring better service for boat owners, including publishing fares online, and improving redress when locks fail',
      ),
    ).toEqual([
      'We are requiring better service for boat owners',
      'publishing fares online',
      'improving redress when locks fail',
    ]);
  });

  it('parts a second commitment of the same subject', () => {
    expect(parts('We will repair every lock and will support volunteers who clear the towpaths')).toEqual([
      'We will repair every lock',
      'will support volunteers who clear the towpaths',
    ]);
  });

  it('leaves examples after "including", and a doubled modal, whole', () => {
    expect(parts('We will fund repairs to canals, including the Lockton and Reed canals')).toEqual([]);
    expect(parts('The boating industry can and must do much better')).toEqual([]);
  });
});

describe('listed positions in the stance finder', () => {
  it('offers each listed commitment as its own stance, with the clause’s holder', () => {
    const text =
      'CANALS ACT\n\nMr. REED. Mr. President, we will repair every lock and will support volunteers who clear the towpaths.';
    const found = findStances(text).map((s) => [text.slice(s.start, s.end), s.actor, s.stance]);
    expect(found).toEqual([
      ['Mr. President, we will repair every lock', 'Mr. Reed', 'support'],
      ['will support volunteers who clear the towpaths', 'Mr. Reed', 'support'],
    ]);
  });
});
