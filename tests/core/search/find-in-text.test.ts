import { describe, expect, it } from 'vitest';
import { findInText } from '../../../src/core/search/find-in-text';
import { foldText } from '../../../src/core/search/fold-text';

describe('findInText', () => {
  it('finds every occurrence, ignoring case and accents, as offsets into the text', () => {
    const text = 'Résumé one. RESUME two.\nresume three';
    const found = findInText(text, 'resume');
    expect(found.map((r) => text.slice(r.start, r.end))).toEqual(['Résumé', 'RESUME', 'resume']);
  });

  it('lets a space match a line break, and takes punctuation literally', () => {
    const text = 'net\nprofit and net-profit; (a+b)';
    expect(findInText(text, 'net profit').map((r) => text.slice(r.start, r.end))).toEqual(['net\nprofit']);
    expect(findInText(text, '(a+b)')).toEqual([{ start: text.indexOf('('), end: text.length }]);
    expect(findInText(text, '   ')).toEqual([]);
  });

  it('keeps offsets when folding changes nothing about length', () => {
    const text = 'İstanbul ǅ 𝐀 Ångström';
    expect(foldText(text)).toHaveLength(text.length);
    const found = findInText(text, 'angstrom');
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('Ångström');
  });
});
