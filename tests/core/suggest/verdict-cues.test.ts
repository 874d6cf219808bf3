// Verdicts and declared positions of floor speeches: "a huge mistake", "the poison pill", "great news",
// "about time", "I agree totally", "let us get on with it" are positions, held by the speaker whose turn it
// is; steering words ("let us turn to", "let us see") are not.
import { describe, expect, it } from 'vitest';
import { classifyClause } from '../../../src/core/suggest/classify-stance';
import { findStances } from '../../../src/core/suggest/find-stances';
import { OWN_POSITION } from '../../../src/core/suggest/verdict-cues';

const readings = (text: string) =>
  findStances(text).map((s) => [text.slice(s.start, s.end), s.actor, s.stance]);

describe('verdicts and declared positions in a debate', () => {
  it('reads verdicts against and for, held by the speaker', () => {
    const text = [
      'Ferry Services',
      'Ann Rowe:',
      'Closing the winter route was a huge mistake.',
      'Tom Hale:',
      'The new timetable is great news for the islands.',
      'Ann Rowe:',
      'The levy is the poison pill of this settlement.',
    ].join('\n\n');
    expect(readings(text)).toEqual([
      ['Closing the winter route was a huge mistake.', 'Ann Rowe', 'oppose'],
      ['The new timetable is great news for the islands.', 'Tom Hale', 'support'],
      ['The levy is the poison pill of this settlement.', 'Ann Rowe', 'oppose'],
    ]);
  });

  it('reads demands and intensified verdicts as positions', () => {
    const label = (clause: string) =>
      findStances(`Ann Rowe:\n\nx\n\nTom Hale:\n\nx\n\nAnn Rowe:\n\n${clause}`)[0]?.stance;
    expect(label('A change to the licensing rules is required.')).toBe('support');
    expect(label('There is a pressing need for more ferry crews.')).toBe('support');
    expect(label('The coastguard needs powers to board these vessels.')).toBe('support');
    expect(label('The old harbour wall, which needs rebuilding, is closed.')).toBe('support');
    expect(label('That is a very important commitment to the islands.')).toBe('support');
    expect(label('It is a scandal that the pier is still closed.')).toBe('oppose');
    expect(label('The pier is important for fishing.')).toBe(undefined);
  });

  it('reads dismay, praise of a point or an outcome, and looking to another body to act', () => {
    const label = (clause: string) => classifyClause(clause)?.stance;
    expect(label('I am appalled that the operator cut the winter sailings.')).toBe('oppose');
    expect(label('The response of the islanders has been remarkable.')).toBe('support');
    expect(label('We look to the operator to publish a fair timetable.')).toBe('support');
    expect(label('We need clarity about the subsidy.')).toBe('support');
    expect(label('Would it not be sensible to keep the pier open?')).toBe('support');
    expect(label('Does the Minister think it right that fares doubled?')).toBe('oppose');
  });

  it('reads "no point ... unless" and "too young ... without" as demands for the condition, and "I will only ... if" as mixed', () => {
    const label = (clause: string) => classifyClause(clause)?.stance;
    expect(label('There is no point in building the pier unless the ferry runs in winter.')).toBe('support');
    expect(label('Five is too young for any child to travel alone without an escort on board.')).toBe(
      'support',
    );
    expect(label('I will only close the route in the event that a better one is open.')).toBe('mixed');
  });

  it('reads recognising the importance of, a strong commitment and a very important programme as support', () => {
    const label = (clause: string) => classifyClause(clause)?.stance;
    expect(label('The Governor recognizes the importance of investing in harbours.')).toBe('support');
    expect(label('The Governor makes a strong commitment in the area of ferries.')).toBe('support');
    expect(label('It is a very important programme for the islands.')).toBe('support');
    expect(label('More crews are clearly needed to keep the route open.')).toBe('support');
    expect(label('I look forward to working with the council on the pier.')).toBe('support');
  });

  it('reads each of a numbered list of ways forward as a proposal, whatever blame it carries', () => {
    const label = (clause: string) => classifyClause(clause)?.stance;
    expect(label('Second, operators can stop unfair fare rises by publishing their costs.')).toBe('support');
    expect(label('Finally, the council could simply buy the pier.')).toBe('support');
    expect(label('First, the pier was built in 1890.')).toBe(undefined);
  });

  it('reads "no plans to" as against, "rightly made by" and "best placed to" as for', () => {
    const label = (clause: string) => classifyClause(clause)?.stance;
    expect(label('There are no plans to introduce tolls on the bridge.')).toBe('oppose');
    expect(label('Decisions about routes are rightly made by the island councils.')).toBe('support');
    expect(label('Harbour masters are best placed to set the timetable.')).toBe('support');
  });

  it('reads refusing to stand for something as against, standing firm and fair shares as for', () => {
    const label = (clause: string) => classifyClause(clause)?.stance;
    expect(label('The Mayor will no longer stand for landlords ignoring repairs.')).toBe('oppose');
    expect(label('The council will not back down in the face of these threats.')).toBe('support');
    expect(label('Neighbouring boroughs need to pay their fair share.')).toBe('support');
    expect(label('The Mayor has promised to rebuild the pier.')).toBe('support');
  });

  it('reads a headline that passes a verdict, but not a title that only names', () => {
    const text =
      'Rescue Funds Provided a Critical Lifeline to Island Harbours\n\nHarbour Funding Review\n\nThe fund opened in May.';
    expect(findStances(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Rescue Funds Provided a Critical Lifeline to Island Harbours',
    ]);
  });

  it('reads plain praise of a field and an opportunity to lead as support', () => {
    const label = (clause: string) => classifyClause(clause)?.stance;
    expect(label('These skills are of course crucial.')).toBe('support');
    expect(label('The ferry industry has some great apprenticeship schemes.')).toBe('support');
    expect(label('We have an opportunity to be a world leader in clean shipping.')).toBe('support');
    expect(label('It is never too late to learn to swim.')).toBe('support');
    expect(label('Are the Government prepared to do something about the pier?')).toBe('support');
  });

  it('reads a question asking the minister to act as a demand', () => {
    const label = (clause: string) => classifyClause(clause)?.stance;
    expect(label('Will the Minister commission an impact study of the cuts?')).toBe('support');
    expect(label('Will my right hon. Friend urgently review the ferry timetable?')).toBe('support');
    expect(label('Will the Minister be in Orkney next week?')).toBe(undefined);
    // asking for information or a meeting is no demand on policy
    expect(label('Can my right hon. Friend give us any indication of the costs?')).toBe(undefined);
    expect(label('Will the Minister agree to meet me and my constituents?')).toBe(undefined);
  });

  it('reads positions the speaker declares, but not words that steer the debate', () => {
    expect(OWN_POSITION.test('I agree totally.')).toBe(true);
    expect(OWN_POSITION.test('We recognise the value of the extra capacity.')).toBe(true);
    expect(OWN_POSITION.test('Let us get the line redoubled.')).toBe(true);
    expect(OWN_POSITION.test('Let us turn to the next question.')).toBe(false);
    expect(OWN_POSITION.test('Let us see what the review says.')).toBe(false);
    expect(OWN_POSITION.test('So let us properly examine the consequences.')).toBe(false);
  });
});
