// Who holds what is said in a turn, whatever shape the record gives its speaker line: an office of any
// length with the name in brackets, a member with seat and party, the Congressional Record's "Mr. NAME.", a
// title before a name, a briefing's capitals with reporters' unnamed "Q", a written "Q."/"A.", and a
// round-up of quoted reactions ("Holder: “...”"). Made-up texts, read through the whole stance finder.
import { describe, expect, it } from 'vitest';
import { findVoices } from '../../../src/core/suggest/document-voice';
import { findStances } from '../../../src/core/suggest/find-stances';

// quotation marks may open or close the span
const holders = (text: string) =>
  findStances(text).map((s) => [text.slice(s.start, s.end).replace(/^“|”$/gu, ''), s.actor]);

describe('speaker lines', () => {
  it('credits a long office line to the person named in brackets', () => {
    const text = [
      'Canal Repairs',
      'The Parliamentary Under-Secretary of State for Waterways, Locks and Inland Navigation (Ann Reed):',
      'We will fund the repair of every lock.',
      'The Minister of State, Department for Boats (Tom Gale):',
      'I support the new towpath levy.',
    ].join('\n\n');
    expect(holders(text)).toEqual([
      ['We will fund the repair of every lock.', 'Ann Reed'],
      ['I support the new towpath levy.', 'Tom Gale'],
    ]);
  });

  it('credits a member named with seat and party, and the record’s "Mr. NAME."', () => {
    const member = ['Canal Repairs', 'Ann Reed (Lockton North) (Lab):', 'I support the towpath levy.'].join(
      '\n\n',
    );
    expect(holders(member)).toEqual([['I support the towpath levy.', 'Ann Reed']]);
    const record = [
      'CANALS ACT',
      'Mr. GALE. Mr. President, I support the towpath levy.',
      'Mr. REED. Mr. President, I oppose the towpath levy.',
    ].join('\n\n');
    expect(holders(record).map(([, actor]) => actor)).toEqual(['Mr. Gale', 'Mr. Reed']);
  });

  it('credits a briefing’s speakers written in capitals, and no one for a reporter’s question', () => {
    const text = [
      'Press Briefing on Canals',
      'MS. REED:  Good morning, everyone.',
      'SECRETARY GALE:  Thank you.  We must repair every lock before winter.',
      'Q    Should the towpath levy be scrapped?',
      'SECRETARY GALE:  I support the towpath levy.',
    ].join('\n\n');
    expect(holders(text)).toEqual([
      ['We must repair every lock before winter.', 'Secretary Gale'],
      ['Should the towpath levy be scrapped?', undefined],
      ['I support the towpath levy.', 'Secretary Gale'],
    ]);
  });

  it('credits each quoted reaction of a round-up to the holder that labels it, for all its sentences', () => {
    const text = [
      'WHAT THEY ARE SAYING: Canal Plan Welcomed',
      'Here is what they are saying:',
      'Riverside Power CEO Ann Reed: “This is a great day. Boat owners should not pay for the repairs.”',
      'Lockton Gov. Tom Gale: “We welcome the plan to repair every lock.”',
    ].join('\n\n');
    expect(holders(text)).toEqual([
      ['Boat owners should not pay for the repairs.', 'Riverside Power CEO Ann Reed'],
      ['We welcome the plan to repair every lock.', 'Lockton Gov. Tom Gale'],
    ]);
  });

  it('credits a reaction to a person named first and then described in any words, or at length', () => {
    const text = [
      'WHAT THEY ARE SAYING: Canal Plan Welcomed',
      'Ann Reed, Campaign Manager for Canal Voices and a member of the Waterways Coalition: “We welcome the plan to repair every lock.”',
      'Representative of Lockton’s 3rd District and House Waterways Committee Ranking Member Tom Gale: “We welcome the plan to dredge the canal.”',
    ].join('\n\n');
    expect(holders(text)).toEqual([
      [
        'We welcome the plan to repair every lock.',
        'Ann Reed, Campaign Manager for Canal Voices and a member of the Waterways Coalition',
      ],
      [
        'We welcome the plan to dredge the canal.',
        'Representative of Lockton’s 3rd District and House Waterways Committee Ranking Member Tom Gale',
      ],
    ]);
  });

  it('credits members’ turns labelled by name alone once the record opens two such lines', () => {
    const text = [
      'Canal Levy',
      'Mr Speaker: The Business Committee has agreed to allow an hour.',
      'Jeffrey M Donaldson: We oppose the levy on lock keepers.',
      'Martina Anderson: I welcome the plan to repair every lock.',
    ].join('\n\n');
    expect(holders(text)).toEqual([
      ['We oppose the levy on lock keepers.', 'Jeffrey M Donaldson'],
      ['I welcome the plan to repair every lock.', 'Martina Anderson'],
    ]);
    // one such line is a title's shape
    expect(findVoices('Canal Levy: September Monitoring\n\nThe levy will rise.')).toEqual([]);
    // a report's headings are not members
    const report =
      'Financial Implications: The cost is met.\n\nLegal Implications: We believe the council may.';
    expect(findVoices(report)).toEqual([]);
  });

  it('credits an extension of remarks to the member its head line names, and a member named with seat and party on the line', () => {
    const remarks = [
      'CANAL LEVY ACT OF 2005',
      'HON. JOHN CONYERS, JR.',
      'of michigan',
      'Mr. CONYERS, Mr. Speaker, I am pleased to introduce the Canal Levy Act.',
    ].join('\n\n');
    // (the record's comma after the name leaves the label inside the sentence)
    expect(holders(remarks)).toEqual([
      ['Mr. CONYERS, Mr. Speaker, I am pleased to introduce the Canal Levy Act.', 'John Conyers'],
    ]);
    const question = [
      'Canal Support',
      'The Cabinet Secretary for Waterways (Fiona Hyslop): We will fund every lock.',
      'Claire Baker (Mid Scotland and Fife) (Lab): I welcome the plan to repair every lock.',
    ].join('\n\n');
    expect(holders(question)).toEqual([
      ['We will fund every lock.', 'Fiona Hyslop'],
      ['I welcome the plan to repair every lock.', 'Claire Baker'],
    ]);
  });

  it('does not take a sentence that reports a person for a round-up’s label', () => {
    const text = [
      'Canal Plan Welcomed',
      'Jane Smith, the chief executive, said: “We oppose the levy on lock keepers.”',
      'John Brown, the chair, said: “We welcome the plan to repair every lock.”',
    ].join('\n\n');
    expect(holders(text).map(([, actor]) => actor)).toEqual(['Jane Smith', 'John Brown']);
  });

  it('credits an office’s turn written on the line it opens, once even, to the office', () => {
    const text = [
      'Canal Levy: Statements',
      'Dáil Éireann debate, Monday 27 June 2016',
      'The Taoiseach: Last Thursday the board met. I welcome the plan to repair every lock.',
    ].join('\n\n');
    expect(holders(text)).toEqual([['I welcome the plan to repair every lock.', 'The Taoiseach']]);
  });
});

describe('a written Q-and-A', () => {
  it('credits each "A." to the author the text names, and no one for the questions', () => {
    const text = [
      'Canal levy: questions and answers',
      'The Waterways Board published these answers today.',
      'Q. Should boat owners pay the levy?',
      'A. We believe boat owners should pay a fair share.',
      'Q. Will the levy be scrapped?',
      'A. We will review the levy in 2030.',
    ].join('\n\n');
    expect(holders(text)).toEqual([
      ['Should boat owners pay the levy?', undefined],
      ['We believe boat owners should pay a fair share.', 'Waterways Board'],
      ['Will the levy be scrapped?', undefined],
      ['We will review the levy in 2030.', 'Waterways Board'],
    ]);
  });
});
