// The codebook's edits: each returns new versions stamped after the old, or refuses with a message.
import { describe, expect, it } from 'vitest';
import { createTag, deleteTag, describeTag, moveTag, renameTag } from '../../../src/core/codebook/edit-tags';
import { makeTag } from '../exchange/library-builders';

const actor = { researcherId: 'r-bob', now: '2024-06-01T10:00:00.000Z' };
const funding = makeTag({ id: 'f', name: 'Funding' });
const grants = makeTag({ id: 'g', name: 'Grants', parentId: 'f' });
const loans = makeTag({ id: 'l', name: 'Loans', parentId: 'f' });
const actors = makeTag({ id: 'a', name: 'Actors' });
const tags = [funding, grants, loans, actors];

describe('codebook edits', () => {
  it('creates a tag under a parent, with a tidy name and a lower-case colour', () => {
    const tag = createTag(tags, { name: '  Public   money ', parentId: 'f', colour: '#AABBCC' }, 'n', actor);
    expect(tag).toMatchObject({
      id: 'n',
      name: 'Public money',
      parentId: 'f',
      colour: '#aabbcc',
      deleted: false,
    });
    expect(tag.updatedBy).toBe('r-bob');
  });

  it('refuses a name already used by a sibling (ignoring case), an empty name or a bad colour', () => {
    expect(() => createTag(tags, { name: 'grants', parentId: 'f', colour: '#000000' }, 'n', actor)).toThrow(
      /already a tag “grants”/,
    );
    expect(() => createTag(tags, { name: ' ', parentId: null, colour: '#000000' }, 'n', actor)).toThrow(
      /needs a name/,
    );
    expect(() => createTag(tags, { name: 'New', parentId: null, colour: 'red' }, 'n', actor)).toThrow(
      /#1f77b4/,
    );
    // The same name elsewhere in the tree is fine.
    expect(createTag(tags, { name: 'Grants', parentId: null, colour: '#000000' }, 'n', actor).name).toBe(
      'Grants',
    );
  });

  it('renames and re-describes with a newer version', () => {
    const renamed = renameTag(tags, 'g', 'Research grants', actor);
    expect(renamed).toMatchObject({ name: 'Research grants', parentId: 'f' });
    expect(renamed.updatedAt > grants.updatedAt).toBe(true);
    expect(() => renameTag(tags, 'g', 'loans', actor)).toThrow(/already/);
    expect(describeTag(tags, 'a', { colour: '#123456', description: 'Who acts' }, actor)).toMatchObject({
      colour: '#123456',
      description: 'Who acts',
      name: 'Actors',
    });
  });

  it('moves a tag under another, never under itself or its own descendants', () => {
    expect(moveTag(tags, 'a', 'g', actor).parentId).toBe('g');
    expect(moveTag(tags, 'g', null, actor).parentId).toBeNull();
    expect(() => moveTag(tags, 'f', 'g', actor)).toThrow(/cannot go under itself/);
  });

  it('deletes a tag as a tombstone and moves its children up to its parent', () => {
    const [gone, ...moved] = deleteTag(tags, 'f', actor);
    expect(gone).toMatchObject({ id: 'f', deleted: true });
    expect(moved.map((t) => [t.id, t.parentId])).toEqual([
      ['g', null],
      ['l', null],
    ]);
  });
});
