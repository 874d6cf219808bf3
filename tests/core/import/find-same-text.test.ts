import { describe, expect, it } from 'vitest';
import { describeSameText, findSameText } from '../../../src/core/import/find-same-text';

const known = (id: string, textHash: string, deleted = false) => ({
  id,
  textHash,
  title: `Title ${id}`,
  deleted,
});

describe('findSameText', () => {
  const library = [known('a', 'hash-1'), known('b', 'hash-2'), known('gone', 'hash-3', true)];

  it('finds the same file by its id', () => {
    expect(findSameText({ id: 'a', textHash: 'hash-1' }, library)).toEqual({
      kind: 'same-file',
      existing: library[0],
    });
  });

  it('finds the same text in another file by its text hash', () => {
    expect(findSameText({ id: 'utf16-copy', textHash: 'hash-2' }, library)).toEqual({
      kind: 'same-text',
      existing: library[1],
    });
  });

  it('prefers the same file over another file with the same text', () => {
    const twins = [known('x', 'hash-9'), known('y', 'hash-9')];
    expect(findSameText({ id: 'y', textHash: 'hash-9' }, twins)).toMatchObject({
      kind: 'same-file',
      existing: { id: 'y' },
    });
  });

  it('ignores deleted sources, so their text can come back', () => {
    expect(findSameText({ id: 'new', textHash: 'hash-3' }, library)).toEqual({ kind: 'new' });
    expect(findSameText({ id: 'gone', textHash: 'hash-3' }, library)).toEqual({ kind: 'new' });
  });

  it('says which file matches which source', () => {
    expect(describeSameText('notes.utf16le.txt', 'Field notes')).toBe(
      '“notes.utf16le.txt” has the same text as “Field notes”, already in your library.',
    );
  });
});
