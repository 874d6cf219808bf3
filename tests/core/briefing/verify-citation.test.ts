// Re-verification at composition: a quote still at its place, or found exactly elsewhere, is verified;
// one whose text changed, or whose source is gone, is not.
import { describe, expect, it } from 'vitest';
import { contextAround, verifyPassage } from '../../../src/core/briefing/verify-citation';
import { claimOn, plainSource } from './briefing-fixtures';

const text =
  'Intro line.\n\nThis total is split £2.7 million for local authorities and £8.52 million for private companies.\n\nEnd.';
const source = plainSource(text);
const claim = claimOn(source, '£8.52 million', 'figure', { value: 8.52e6, unit: 'GBP' });

describe('verifyPassage', () => {
  it('verifies the quote at its stored position', () => {
    expect(verifyPassage(claim, source)).toEqual({
      verified: true,
      start: text.indexOf('£8.52'),
      end: text.indexOf('£8.52') + 13,
    });
  });

  it('verifies a quote found exactly elsewhere, at its new place', () => {
    const moved = { ...source, text: `A correction.\n\n${text}` };
    const result = verifyPassage(claim, moved);
    expect(result.verified).toBe(true);
    expect(moved.text.slice(result.start, result.end)).toBe('£8.52 million');
  });

  it('does not verify a quote whose text changed, even when it is found approximately', () => {
    const altered = { ...source, text: text.replace('£8.52 million', '£8.25 million') };
    expect(verifyPassage(claim, altered).verified).toBe(false);
    expect(verifyPassage(claim, undefined).verified).toBe(false);
  });

  it('cuts a few lines of context on each side', () => {
    const long = `${'line\n'.repeat(10)}QUOTE${'\nafter'.repeat(10)}`;
    const start = long.indexOf('QUOTE');
    const { before, after } = contextAround(long, start, start + 5);
    expect(before).toBe('line\nline\n');
    expect(after).toBe('\nafter\nafter');
  });
});
