// The text's own commitments as stances: a programme's "My Government will ..." items and "Legislation will
// be introduced to ...", a speaker's "we will ...", held by the document's voice; words that only steer a
// speech ("I will now turn to", "I shall explain") commit to nothing. What the author's budget or bill does
// is the author's position too.
import { describe, expect, it } from 'vitest';
import { COMMITMENT, PROPOSAL_ACTION, PROPOSAL_REMOVAL } from '../../../src/core/suggest/commitment-cues';
import { findStances } from '../../../src/core/suggest/find-stances';

const readings = (text: string) =>
  findStances(text).map((s) => [text.slice(s.start, s.end), s.actor, s.stance]);

describe('own commitments', () => {
  it('reads a programme’s items as the author’s positions', () => {
    const text = [
      "King's Speech 2031",
      'My Government will extend free school meals to every primary pupil.',
      'Legislation will be introduced to cap rents in the private sector.',
      'My ministers will continue to reduce waiting lists for hospital treatment.',
    ].join('\n\n');
    expect(readings(text)).toEqual([
      [
        'My Government will extend free school meals to every primary pupil.',
        'His Majesty’s Government',
        'support',
      ],
      [
        'Legislation will be introduced to cap rents in the private sector.',
        'His Majesty’s Government',
        'support',
      ],
      [
        'My ministers will continue to reduce waiting lists for hospital treatment.',
        'His Majesty’s Government',
        'support',
      ],
    ]);
  });

  it('reads a Budget paper that commits the government again and again as a programme', () => {
    const text = [
      'Spring Budget 2031',
      'The government will cap bus fares. The government will freeze fuel duty.',
      'The government will double the childcare offer. The government will also widen the A12.',
      'Rail fares will be frozen for two years.',
    ].join('\n\n');
    const frozen = readings(text).find(([span]) => span === 'Rail fares will be frozen for two years.');
    expect(frozen).toEqual(['Rail fares will be frozen for two years.', 'the government', 'support']);
  });

  it('does not read words that steer a speech as commitments', () => {
    for (const steer of [
      'I will now turn to the figures.',
      'I shall explain the timetable.',
      'We will see what the review says.',
      'I will write to the hon. Member.',
      'We will touch on that later.',
      'It will be introduced next year.',
    ])
      expect(COMMITMENT.test(steer)).toBe(false);
    expect(COMMITMENT.test('We will abolish the bedroom tax.')).toBe(true);
    // a sum added or spent is a report of funding, not a position
    expect(COMMITMENT.test('We shall add £10 million to the grant this year.')).toBe(false);
    expect(COMMITMENT.test('A Bill will be brought forward to reform adoption.')).toBe(true);
  });

  it('reads what the author’s budget, bill or plan does as the author’s position, what it cuts as opposed', () => {
    const text = [
      'The Treasury Releases the Governor’s Budget for 2031',
      'The Budget eliminates the harbour levy.',
      'The Budget also preserves funding for rural bus routes.',
      'The Bill would ban new coal mines.',
    ].join('\n\n');
    expect(findStances(text).map((s) => [text.slice(s.start, s.end), s.stance])).toEqual([
      ['The Budget eliminates the harbour levy.', 'oppose'],
      ['The Budget also preserves funding for rural bus routes.', 'support'],
      ['The Bill would ban new coal mines.', 'oppose'],
    ]);
    expect(PROPOSAL_ACTION.test('The budget was set in March.')).toBe(false);
    // what it cuts or ends, it opposes
    expect(PROPOSAL_REMOVAL.test('The Budget proposes to cancel the tram grant.')).toBe(true);
  });

  it('reads every "will" of a government’s programme as an item of it, and no other text’s', () => {
    const programme = [
      "King's Speech 2031",
      'My Government will reform the railways.',
      'My Government will extend free school meals.',
      'My ministers will cut waiting lists.',
      'My Government will protect the green belt.',
      'Old and unsafe piers will be closed.',
    ].join('\n\n');
    expect(findStances(programme).map((s) => programme.slice(s.start, s.end))).toContain(
      'Old and unsafe piers will be closed.',
    );
    expect(findStances('Ferry report\n\nOld and unsafe piers will be closed.')).toEqual([]);
  });
});
