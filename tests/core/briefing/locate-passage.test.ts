// Locators: the printed page label of a paginated source, else the paragraph (block between blank lines).
import { describe, expect, it } from 'vitest';
import {
  createPassageLocator,
  locatePassage,
  paragraphNumber,
} from '../../../src/core/briefing/locate-passage';
import { plainSource } from './briefing-fixtures';

describe('locatePassage', () => {
  it('counts paragraphs as blocks separated by blank lines', () => {
    const text = 'Title\n\nFirst paragraph,\nwrapped.\n\n\n  \nSecond one.\n\nThird £8.52m here.';
    const source = plainSource(text);
    expect(locatePassage(source, 0).text).toBe('para. 1');
    expect(locatePassage(source, text.indexOf('wrapped')).text).toBe('para. 2');
    expect(locatePassage(source, text.indexOf('Second')).text).toBe('para. 3');
    expect(locatePassage(source, text.indexOf('£8.52m'))).toEqual({
      label: 'paragraph',
      value: '4',
      text: 'para. 4',
    });
    expect(paragraphNumber('\n\nLead', 2)).toBe(1);
  });

  it('gives the page label of a paginated source, not its index', () => {
    const text = 'Cover page\n\nContents here\n\nBody text with the quote';
    const pages = [
      { index: 0, label: 'i', start: 0, end: 10 },
      { index: 1, label: 'ii', start: 12, end: 25 },
      { index: 2, label: '4', start: 27, end: text.length },
    ];
    const source = plainSource(text, { pages });
    expect(locatePassage(source, text.indexOf('quote'))).toEqual({ label: 'page', value: '4', text: 'p. 4' });
    expect(locatePassage(source, text.indexOf('Contents')).text).toBe('p. ii');
    // Between page bodies (the blank line) the page before holds the passage.
    expect(locatePassage(source, 11).text).toBe('p. i');
  });

  it('numbers a page by its position when it has no label', () => {
    const source = plainSource('One\n\nTwo', {
      pages: [
        { index: 0, label: '', start: 0, end: 3 },
        { index: 1, label: ' ', start: 5, end: 8 },
      ],
    });
    expect(locatePassage(source, 6).text).toBe('p. 2');
  });
});

describe('createPassageLocator', () => {
  it('numbers every offset as locatePassage does, with blank lines of every shape', () => {
    const pieces = ['Word', ' ', '\n', '\n\n', '\n \t\n', '\n  \n\n ', '\t', 'x.'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) % pieces.length;
    let most = 0;
    for (let round = 0; round < 30; round++) {
      const text = Array.from({ length: 60 }, () => pieces[next()]).join('');
      const source = plainSource(text);
      const locate = createPassageLocator();
      for (let offset = -1; offset <= text.length + 1; offset++) {
        const located = locate(source, offset);
        expect(located).toEqual(locatePassage(source, offset));
        most = Math.max(most, Number(located.value));
      }
    }
    // The texts held many paragraphs, so the comparison was not of "para. 1" alone.
    expect(most).toBeGreaterThan(5);
  });
});
