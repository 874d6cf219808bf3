// How an item's text is cleaned before it joins a line: plain text passes through untouched, and every
// kind of text that needs work (whitespace runs, no-break spaces, ligatures, unprintable codes) still gets
// it, whichever way the check for plain text goes.
import { describe, expect, it } from 'vitest';
import { cleanItemText } from '../../../../src/core/import/pdf/text-lines';

describe('cleanItemText', () => {
  it('keeps plain text, single spaces and non-Latin letters as they are', () => {
    expect(cleanItemText('Budget 2024: £3.5m (see p. 12)')).toBe('Budget 2024: £3.5m (see p. 12)');
    expect(cleanItemText(' Ελλάδα και Россия ')).toBe(' Ελλάδα και Россия ');
  });

  it('makes each run of whitespace one space, or a no-break space when the run has one', () => {
    expect(cleanItemText('two  spaces\tand\ttabs \n end')).toBe('two spaces and tabs end');
    expect(cleanItemText('10\u00a0 000\u2003km\u3000x')).toBe('10\u00a0000 km x');
  });

  it('spells out ligatures and replaces unprintable codes with U+FFFD, keeping private use', () => {
    expect(cleanItemText('\ufb01nal \ufb02ow e\ufb03cient')).toBe('final flow efficient');
    expect(cleanItemText('\u0080\u0081 million')).toBe('\ufffd\ufffd million');
    expect(cleanItemText('icon \ue001')).toBe('icon \ue001');
  });
});
