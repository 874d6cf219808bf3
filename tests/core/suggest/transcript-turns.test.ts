// A transcript read from its shape: several "Name:" lines, or paragraphs opening "Mr. NAME.", credit each
// turn's positions to its speaker even where nobody introduced the speaker first; a few title-case lines
// ending in a colon are headings, not turns.
import { describe, expect, it } from 'vitest';
import { findStances } from '../../../src/core/suggest/find-stances';
import { findTranscriptTurns } from '../../../src/core/suggest/transcript-turns';

const speakers = (text: string) => findTranscriptTurns(text).map((t) => t.actor);
const holders = (text: string) => findStances(text).map((s) => [s.actor, s.stance]);

describe('findTranscriptTurns', () => {
  it('reads several bare name lines as the turns of a transcript', () => {
    const text = [
      'Ferry Services',
      'Ann Rowe:',
      'I welcome the new timetable for the island routes.',
      'Deputy Tom Hale:',
      'I oppose the fare rise, which will hurt families on the islands.',
      'Ann Rowe:',
      'We must keep the winter sailings.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Ann Rowe', 'Deputy Tom Hale', 'Ann Rowe']);
    expect(holders(text)).toEqual([
      ['Ann Rowe', 'support'],
      ['Deputy Tom Hale', 'oppose'],
      ['Ann Rowe', 'support'],
    ]);
  });

  it('needs at least three such lines and two speakers before it calls a text a transcript', () => {
    expect(speakers('Key Findings:\n\nCosts rose.\n\nNext Steps:\n\nWe will consult.')).toEqual([]);
    expect(speakers('Ann Rowe:\n\nYes.\n\nAnn Rowe:\n\nNo.\n\nAnn Rowe:\n\nMaybe.')).toEqual([]);
  });

  it('reads the Congressional Record form "Mr. NAME." and the chair\'s "The SPEAKER pro tempore."', () => {
    const text = [
      'HIGHWAY FUNDING',
      'The SPEAKER pro tempore. The gentleman from Ohio is recognized for 5 minutes.',
      'Mr. BRANDT. Mr. Speaker, I strongly support the highway bill because our roads are failing.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['The SPEAKER pro tempore', 'Mr. Brandt']);
    expect(holders(text)).toEqual([['Mr. Brandt', 'support']]);
    expect(speakers('Mr. McCONNELL. Mr. President, I oppose this bill.')).toEqual(['Mr. McConnell']);
  });

  it('takes ordinary-case "Mr. Name." openings as turns only when several paragraphs open so', () => {
    const record = [
      'Mr. Howe. I beg to move the motion.',
      'Mr. Carter. I oppose it.',
      'Mr. Howe. I welcome that candour.',
    ].join('\n\n');
    expect(speakers(record)).toEqual(['Howe', 'Carter', 'Howe']);
    expect(speakers('Mr. Howe. He wrote to the council in May.')).toEqual([]);
  });

  it('never takes a heading of a transcript as the holder of a view', () => {
    const text = [
      'Doorstep Charity Collections',
      'Ann Rowe:',
      'She says bogus collections must be stopped.',
      'Tom Hale:',
      'I welcome the question.',
      'Ann Rowe:',
      'Thank you.',
    ].join('\n\n');
    expect(findStances(text).map((s) => s.actor)).not.toContain('Doorstep Charity Collections');
  });
});
