// The document's voices: the author a statement or release names at its head, a transcript's speaker
// lines, a petition's petitioners, a reply's head line and "Name said:" before a quoted passage; and the
// stances that speak in that voice ("I want", "it is unfair") credited to it rather than to a heading.
import { describe, expect, it } from 'vitest';
import { findVoices, voiceAt } from '../../../src/core/suggest/document-voice';
import { findStances } from '../../../src/core/suggest/find-stances';

const actors = (text: string) => findVoices(text).map((v) => v.actor);

describe('findVoices', () => {
  it('takes the author a statement, article or release names near its top', () => {
    expect(actors('Reform of parole\n\nJustice Secretary Ann Smith gave a statement to Parliament.')).toEqual(
      ['Ann Smith'],
    );
    expect(actors('FACT SHEET: Governor Lee Announces New Water Plan\n\nToday the governor ...')).toEqual([
      'Lee',
    ]);
    expect(actors('New campaign on fire safety was launched by the Home Office today.')).toEqual([
      'Home Office',
    ]);
  });

  it('takes as author the body a text introduces with an acronym and goes on naming by it', () => {
    const text = [
      'Middle age health warning',
      'New figures from Public Health Wales (PHW) show that most adults are inactive.',
      'PHW says the quiz takes minutes. PHW runs the campaign. PHW also offers a helpline.',
      'People need to move more.',
    ].join('\n\n');
    expect(actors(text)).toEqual(['Public Health Wales']);
    expect(findStances(text).map((s) => s.actor)).toEqual(['Public Health Wales']);
    // an acronym used once more is only another body named in passing
    expect(
      actors('Figures from the Office for Budget Responsibility (OBR) show a gap. The OBR agrees.'),
    ).toEqual([]);
  });

  it('follows speaker lines, petitions, replies and quoted passages in text order', () => {
    const text = [
      'The Petition of residents of Eastwick,',
      'Declares that the Petitioners oppose the closure.',
      'Observations from the Secretary of State for Health:',
      'The Government note the petition.',
      'The Minister for Care (Jo Bloggs):',
      'I will write to the member.',
      'Chief executive Sam Green said:',
      '‘We welcome this.’',
    ].join('\n');
    const voices = findVoices(text);
    expect(voices.map((v) => v.actor)).toEqual([
      'residents of Eastwick',
      'Secretary of State for Health',
      'Jo Bloggs',
      'Sam Green',
    ]);
    expect(voiceAt(voices, text.indexOf('I will write'))).toBe('Jo Bloggs');
    expect(voiceAt(voices, 0)).toBe('residents of Eastwick');
  });

  it('follows an office’s turns written on the line they open, once the text opens two with it', () => {
    const text = [
      'Deputy Ann Vale: Will the Minister fund the roads?',
      'The Tánaiste: I thank the Deputy. The scheme is an important one.',
      'Deputy Ann Vale: It is not enough.',
      'The Tánaiste: We will review it.',
    ].join('\n');
    const voices = findVoices(text);
    expect(voices.map((v) => v.actor)).toEqual([
      'Deputy Ann Vale',
      'The Tánaiste',
      'Deputy Ann Vale',
      'The Tánaiste',
    ]);
    expect(voiceAt(voices, text.indexOf('The scheme is'))).toBe('The Tánaiste');
    // one such line is a heading's shape, not a turn
    expect(actors('The Answer: yes, in part.\nThe levy will rise.')).toEqual([]);
  });

  it('takes the speaker or writer a title names, without titles or post-nominals', () => {
    expect(actors('Statement from Governor Jane Doe on the Flood Relief Bill\n\nI am asking ...')).toEqual([
      'Jane Doe',
    ]);
    expect(actors('Written ministerial statement by Sam Hill MP about prison places.\n\nToday ...')).toEqual([
      'Sam Hill',
    ]);
    expect(
      actors('Statement by The Rt Hon Ann Lowe MP, Secretary of State for Transport, on rail fares.'),
    ).toEqual(['Ann Lowe']);
    expect(
      actors("Tom Ash's speech at the Care Providers Conference\n\nIntroduction\n\nI am glad ..."),
    ).toEqual(['Tom Ash']);
  });

  it('reads a member’s name before a seat and a party in brackets, not the party', () => {
    const text = [
      'Ferries',
      'Ann Rowe (Orkney) (LD):',
      'I welcome the new timetable.',
      'Tom Hale (Con):',
      'I oppose the fare rise.',
    ].join('\n\n');
    expect(actors(text)).toEqual(['Ann Rowe', 'Tom Hale']);
  });

  it('follows a debate record: speakers with a full stop in their title, offices, and names with offices', () => {
    const text = [
      'Water Supply',
      '4. Mr. Green asked the Secretary of State what progress has been made.',
      'The Minister for Water (Mrs. Ann Vale): Good progress has been made.',
      'Mr. Green: I welcome that answer.',
      'The Chair:',
      'We move on.',
      'Bob Marsh (Commissioner for Water):',
      'We want faster repairs.',
      'Key Points:',
      'Mr. Green: Does my hon. Friend agree that the delay is unacceptable?',
      'Bob Marsh:',
      'We welcome the review.',
    ].join('\n\n');
    const voices = findVoices(text);
    expect(voices.map((v) => v.actor)).toEqual([
      'Mrs. Ann Vale',
      'Mr. Green',
      'The Chair',
      'Bob Marsh',
      'Mr. Green',
      'Bob Marsh',
    ]);
    expect(voiceAt(voices, text.indexOf('I welcome'))).toBe('Mr. Green');
    const found = findStances(text).map((s) => [text.slice(s.start, s.end), s.actor]);
    expect(found).toContainEqual(['I welcome that answer.', 'Mr. Green']);
    expect(found).toContainEqual(['We want faster repairs.', 'Bob Marsh']);
    expect(found).toContainEqual(['We welcome the review.', 'Bob Marsh']);
    // "hon." does not end the sentence, so the question is one stance with its speaker
    expect(found).toContainEqual(['Does my hon. Friend agree that the delay is unacceptable?', 'Mr. Green']);
  });

  it('gives a statement read out for another member to the member who made it', () => {
    const text = [
      'Harbour Dues',
      'Ann Reader:',
      'My right hon. Friend the Secretary of State for Transport, Lord Tern, has made the following written ministerial statement:',
      'We will cap harbour dues for lifeboat crews.',
    ].join('\n\n');
    // titles are no part of a name (cleanName), and a bare "Ann Reader:" opens a turn only once introduced
    expect(actors(text)).toEqual(['Tern']);
    expect(findStances(text).map((s) => s.actor)).toEqual(['Tern']);
  });

  it('finds no voice where none is named, and never takes a pronoun or an opening word for one', () => {
    expect(actors('On Monday, I made a statement to the chamber.')).toEqual([]);
    expect(actors('The scheme helps families. It was introduced in 2019.')).toEqual([]);
  });
});

describe('stances in the document’s voice', () => {
  const text = [
    'Home Secretary Ann Smith gave a statement on parole.',
    'Progress Across The Regions',
    'I intend to revise the code. It is unfair, especially to young people.',
  ].join('\n');

  it('credits first-person and impersonal verdicts to the voice, not to a heading or "the author"', () => {
    const found = findStances(text).map((s) => [text.slice(s.start, s.end), s.actor, s.stance]);
    expect(found).toEqual([
      ['I intend to revise the code.', 'Ann Smith', 'support'],
      ['It is unfair, especially to young people.', 'Ann Smith', 'oppose'],
    ]);
  });

  it('leaves the actor out, rather than inventing one, when nobody is named', () => {
    const found = findStances('People should walk more.');
    expect(found).toHaveLength(1);
    expect(found[0]?.actor).toBeUndefined();
  });
});
