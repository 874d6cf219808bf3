// The author of a document as a whole, read from its head, and its own voice ("My Government will ...",
// "we will ...") credited to that author: a throne speech speaks for the Government, a speaking note or
// remarks titled with an official's role and name for that official.
import { describe, expect, it } from 'vitest';
import { findAuthor } from '../../../src/core/suggest/document-author';
import { findStances } from '../../../src/core/suggest/find-stances';

describe('findAuthor', () => {
  it('gives a speech from the throne to the Government it speaks for', () => {
    expect(findAuthor("King's Speech 2031\n\nMy Government will reform the railways.")).toBe(
      'His Majesty’s Government',
    );
    expect(findAuthor('State Opening\n\nHer Majesty’s most gracious speech to both Houses.')).toBe(
      'Her Majesty’s Government',
    );
    // a speech that only mentions the Queen's Speech is not one
    expect(findAuthor('Budget debate\n\nAs the Queen’s Speech said last year, we will act.')).toBe(undefined);
  });

  it('reads the speaker from a speaking note or from remarks titled with a role and a name', () => {
    expect(findAuthor('Baroness Lyle’s speaking note for the housing forum\n\nThank you.')).toBe('Lyle');
    expect(findAuthor('NEC Director Maria Ostrow Harbour Forum Remarks\n\nMay 3, 2031\n\nThank you.')).toBe(
      'Maria Ostrow',
    );
    // a title that names the occasion first, then whose closing (or opening, keynote) remarks these are
    expect(findAuthor('Harbour Summit 2031: Mayor’s closing remarks\n\nWe have agreed a plan.')).toBe(
      'Mayor',
    );
    expect(findAuthor('Ports forum: Secretary Ann Vale’s keynote speech\n\nThank you.')).toBe('Ann Vale');
    // a colon in a line that names nobody's remarks names no speaker
    expect(findAuthor('Harbour Summit 2031: closing remarks\n\nWe have agreed a plan.')).toBe(undefined);
    // a role named in a headline that is not a speech names no speaker
    expect(findAuthor('Director Maria Ostrow leaves the agency\n\nShe served five years.')).toBe(undefined);
    // an office and its occasion, no name: the office speaks
    expect(findAuthor('Home Secretary speech to the Harbour Police Forum\n\nThank you.')).toBe(
      'the Home Secretary',
    );
    expect(findAuthor('Budget speech to Parliament\n\nThank you.')).toBe(undefined);
    // a long office, then its holder, then what the statement is on
    expect(
      findAuthor(
        'Statement from Deputy Harbour Security Advisor for Trade and Deputy Director of the Ports Council Ann Vale on Today’s Levy\n\nJanuary 10, 2031',
      ),
    ).toBe('Ann Vale');
  });

  it('reads the body a paper’s first person says it belongs to', () => {
    expect(findAuthor('Harbour plan\n\nAll that we do at the Harbour Trust is for sailors.')).toBe(
      'Harbour Trust',
    );
    expect(
      findAuthor('Plan\n\nEverything we do in the Department for Coasts and Rivers is about safety.'),
    ).toBe('Department for Coasts and Rivers');
    // a place, a time or the chamber is no body
    expect(findAuthor('Plan\n\nWe work in Leeds and Bradford.')).toBe(undefined);
    expect(findAuthor('Debate\n\nWe in this House must act, as we at the time said.')).toBe(undefined);
  });

  it('credits the text’s own first-person positions to the author it finds', () => {
    const text = [
      "King's Speech 2031",
      'My Government will support families by extending free childcare.',
      'We must oppose any return to the old levy.',
    ].join('\n\n');
    expect(findStances(text).map((s) => s.actor)).toEqual([
      'His Majesty’s Government',
      'His Majesty’s Government',
    ]);
  });
});
