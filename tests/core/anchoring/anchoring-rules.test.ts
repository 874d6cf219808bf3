import { describe, expect, it } from 'vitest';
import { anchorTarget, errorLimit } from '../../../src/core/anchoring/anchor-target';
import { describeRange } from '../../../src/core/anchoring/describe-range';

function selectorsAt(text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`quote not in text: ${quote}`);
  return describeRange(text, at, at + quote.length);
}

function found(text: string, selectors: ReturnType<typeof selectorsAt>): string | null {
  const range = anchorTarget(text, selectors);
  return range ? text.slice(range.start, range.end) : null;
}

describe('anchoring rules', () => {
  it('picks the occurrence whose edited prefix and suffix match best, searched near it', () => {
    const quote = 'spending rose by 4 per cent';
    const original =
      'In the southern region: spending rose by 4 per cent and then fell. ' +
      'Filler text about something else entirely goes here for a while. '.repeat(3) +
      'The budget report for the northern region: spending rose by 4 per cent over the year to March.';
    const selectors = selectorsAt(original, quote, 1);
    // The true passage gains words between its context and the quote; the other keeps an ending that looks
    // like the stored prefix in an equal-length window, and is moved to where the true one was.
    const edited =
      'Filler text about something else entirely goes here for a while. '.repeat(3) +
      'The budget report for the northern region, published in May: spending rose by 4 per cent, in the year to March. ' +
      'Elsewhere, in the southern region: spending rose by 4 per cent and then fell.';
    const range = anchorTarget(edited, selectors)!;
    expect(range.start).toBe(edited.indexOf(quote));
  });

  it('does not anchor a quote with more errors than the limit, and does at the limit', () => {
    const quote = 'abcdefghijklmnopqrstuvwxyzABCDEF'; // 32 characters: the limit is 8 edits
    const text = `Before the passage. ${quote} After the passage.`;
    const selectors = selectorsAt(text, quote);
    const limit = errorLimit(quote.length);
    expect(limit).toBe(8);
    const edit = (n: number) => text.replace(quote, quote.slice(0, 32 - n) + '9'.repeat(n));
    expect(found(edit(limit), selectors)).toBe(quote.slice(0, 32 - limit) + '9'.repeat(limit));
    expect(found(edit(limit + 1), selectors)).toBeNull();
  });

  it('starts and ends a fuzzy match on whole words, without a leading space or punctuation', () => {
    // The best raw matches here are ": a new library … the spring" and "newed library … the spring": they
    // keep the colon and space before the passage, and cut "springtime" and "renewed" in two.
    const text = 'Officials said: big new library will open in the spring of next year.';
    const selectors = selectorsAt(text, 'big new library will open in the spring');
    const edited = 'Officials said: a new library will open in the springtime of next year.';
    expect(found(edited, selectors)).toBe('a new library will open in the springtime');
    const plain = 'Officials said: the new library will open in the spring of next year.';
    const inside = selectorsAt(plain, 'new library will open in the spring');
    const renamed = 'Officials said: the  renewed library will open in the springtime of next year.';
    expect(found(renamed, inside)).toBe('renewed library will open in the springtime');
  });

  it('never ends a match inside a surrogate pair', () => {
    // 😀 and 😁 share their high surrogate: a match that stops after it costs no more than one that takes
    // the whole changed character.
    const text = 'Members gave the new reading room five stars 😀 in the annual survey.';
    const selectors = selectorsAt(text, 'the new reading room five stars 😀');
    const edited = 'Members gave the new reading room four stars 😁 in the annual survey.';
    const range = anchorTarget(edited, selectors)!;
    const last = edited.charCodeAt(range.end - 1);
    expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    expect(edited.slice(range.start, range.end)).toBe('the new reading room four stars 😁');
  });

  it('finds a quote again after its lines are re-wrapped, spaces doubled or made no-break', () => {
    const quote = 'the fund will support 60 new projects in every region';
    const text = `Officials said ${quote} over three years.`;
    const selectors = selectorsAt(text, quote);
    // More changed characters than the error limit allows, all of them whitespace.
    const rewrapped =
      'Officials said the\n    fund\u00A0will\r\n    support 60\n    new  projects\n    in every\n    region over three years.';
    expect(found(rewrapped, selectors)).toBe(
      'the\n    fund\u00A0will\r\n    support 60\n    new  projects\n    in every\n    region',
    );
  });

  it('does not anchor a changed short figure on another figure whose context does not match', () => {
    const text = 'The council spent £4.86 million on training and £3.66 million on consultants last year.';
    const selectors = selectorsAt(text, '£4.86 million');
    // "£3.66 million" is two edits from the quote, within the limit; only its context says it is not it.
    const edited = 'The council spent £5 million on training and £3.66 million on consultants last year.';
    expect(found(edited, selectors)).toBeNull();
    const typo = 'The council spent £4.86 millon on training and £3.66 million on consultants last year.';
    expect(found(typo, selectors)).toBe('£4.86 millon');
  });
});
