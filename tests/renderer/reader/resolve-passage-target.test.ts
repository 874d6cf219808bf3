import { describe, expect, it } from 'vitest';
import { resolvePassageTarget } from '../../../src/renderer/features/reader/resolve-passage-target';
import { readPassageHash } from '../../../src/renderer/platform/passage-hash';

const library = (status: 'loading' | 'ready', texts: Record<string, string> = {}) => ({
  status,
  textOf: (id: string) => texts[id],
});

describe('resolvePassageTarget', () => {
  const target = { sourceId: 'naas', start: 4, end: 10 };

  it('waits while the library loads', () => {
    expect(resolvePassageTarget(target, library('loading'))).toEqual({ kind: 'wait' });
  });

  it('shows the passage in its source', () => {
    expect(resolvePassageTarget(target, library('ready', { naas: 'The £8.52m total.' }))).toEqual({
      kind: 'show',
      sourceId: 'naas',
      range: { start: 4, end: 10 },
    });
  });

  it('cuts a range past the end of the text, and opens the source alone for an empty one', () => {
    const texts = { naas: 'short' };
    expect(
      resolvePassageTarget({ sourceId: 'naas', start: 2, end: 99 }, library('ready', texts)),
    ).toMatchObject({
      range: { start: 2, end: 5 },
    });
    expect(
      resolvePassageTarget({ sourceId: 'naas', start: 50, end: 60 }, library('ready', texts)),
    ).toMatchObject({
      kind: 'show',
      range: null,
    });
  });

  it('says when the source is not in the library', () => {
    expect(resolvePassageTarget(target, library('ready', {}))).toEqual({ kind: 'missing' });
  });
});

describe('readPassageHash', () => {
  it('reads #source=<id>&start=<n>&end=<n>', () => {
    expect(readPassageHash('#source=src42&start=12&end=40')).toEqual({
      sourceId: 'src42',
      start: 12,
      end: 40,
    });
    expect(readPassageHash('#source=a&end=2&start=1')).toEqual({ sourceId: 'a', start: 1, end: 2 });
    // Source ids are never escaped: an escaped one is not a link of ours.
    expect(readPassageHash('#source=src%2042&start=12&end=40')).toBeNull();
  });

  it.each([
    '',
    '#',
    '#source=a',
    '#source=&start=1&end=2',
    '#source=a&start=-1&end=2',
    '#source=a&start=1.5&end=2',
    '#source=a&start=5&end=2',
    '#source=a&start=1e3&end=2000',
  ])('ignores %s', (hash) => expect(readPassageHash(hash)).toBeNull());
});
